<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DoctorText</name>
    <message>
        <source>TCP %1 is held by this session</source>
        <translation>TCP %1 est tenu par cette session</translation>
    </message>
    <message>
        <source>TCP %1 can be bound (got port %2)</source>
        <translation>TCP %1 peut être lié (port %2 obtenu)</translation>
    </message>
    <message>
        <source>Cannot listen on TCP %1: %2</source>
        <translation>Impossible d’écouter sur TCP %1 : %2</translation>
    </message>
    <message>
        <source>LAN discovery is turned off</source>
        <translation>La découverte sur le réseau local est désactivée</translation>
    </message>
    <message>
        <source>No usable multicast interface %1</source>
        <translation>Aucune interface multicast utilisable %1</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(n’importe laquelle)</translation>
    </message>
    <message>
        <source>Cannot open a UDP socket: %1</source>
        <translation>Impossible d’ouvrir une socket UDP : %1</translation>
    </message>
    <message>
        <source>Cannot join %1 on %2: %3</source>
        <translation>Impossible de rejoindre %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Multicast on %1 (%2) came back in %3 ms</source>
        <translation>Le multicast sur %1 (%2) est revenu en %3 ms</translation>
    </message>
    <message>
        <source>A multicast probe to %1 on %2 did not come back within %3 ms</source>
        <translation>Une sonde multicast vers %1 sur %2 n’est pas revenue en %3 ms</translation>
    </message>
    <message>
        <source>Cannot send to %1 on %2: %3</source>
        <translation>Impossible d’envoyer à %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>The DHT is turned off</source>
        <translation>La DHT est désactivée</translation>
    </message>
    <message>
        <source>No bootstrap nodes are configured</source>
        <translation>Aucun nœud d’amorçage n’est configuré</translation>
    </message>
    <message>
        <source>Cannot open a UDP socket on %1: %2</source>
        <translation>Impossible d’ouvrir une socket UDP sur %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Bootstrap nodes answered: %1</source>
        <translation>Nœuds d’amorçage ayant répondu : %1</translation>
    </message>
    <message>
        <source>No answer within %1 ms from %2</source>
        <translation>Aucune réponse en %1 ms de %2</translation>
    </message>
    <message>
        <source>No bootstrap node answered a ping within %1 ms (%2)</source>
        <translation>Aucun nœud d’amorçage n’a répondu à un ping en %1 ms (%2)</translation>
    </message>
    <message>
        <source>No manual peers are configured</source>
        <translation>Aucun pair manuel n’est configuré</translation>
    </message>
    <message>
        <source>%1 (timed out)</source>
        <translation>%1 (délai dépassé)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Peers accept TCP connections: %1</source>
        <translation>Pairs acceptant les connexions TCP : %1</translation>
    </message>
    <message>
        <source>No TCP connection within %1 ms to %2</source>
        <translation>Aucune connexion TCP en %1 ms vers %2</translation>
    </message>
    <message>
        <source>The wall clock reads %1, outside the years 2020 to 2100</source>
        <translation>L’horloge indique %1, hors des années 2020 à 2100</translation>
    </message>
    <message>
        <source>The monotonic clock did not advance in 50 ms</source>
        <translation>L’horloge monotone n’a pas avancé en 50 ms</translation>
    </message>
    <message>
        <source>The wall clock reads %1; the monotonic clock advances</source>
        <translation>L’horloge indique %1 ; l’horloge monotone avance</translation>
    </message>
    <message>
        <source>Another program uses this port: stop it or choose another listening port.</source>
        <translation>Un autre programme utilise ce port : arrêtez-le ou choisissez un autre port d’écoute.</translation>
    </message>
    <message>
        <source>Check the listening address: it must belong to this machine.</source>
        <translation>Vérifiez l’adresse d’écoute : elle doit appartenir à cette machine.</translation>
    </message>
    <message>
        <source>Turn LAN discovery on to find peers on the local network without the DHT.</source>
        <translation>Activez la découverte sur le réseau local pour trouver des pairs sans la DHT.</translation>
    </message>
    <message>
        <source>Choose an existing network interface for LAN discovery.</source>
        <translation>Choisissez une interface réseau existante pour la découverte locale.</translation>
    </message>
    <message>
        <source>The interface may not support multicast: choose another one or rely on the DHT.</source>
        <translation>L’interface ne prend peut-être pas en charge le multicast : choisissez-en une autre ou comptez sur la DHT.</translation>
    </message>
    <message>
        <source>A firewall may drop multicast (UDP to 224.0.0.251), or the interface is down.</source>
        <translation>Un pare-feu bloque peut-être le multicast (UDP vers 224.0.0.251), ou l’interface est désactivée.</translation>
    </message>
    <message>
        <source>The interface has no route for multicast: choose another one.</source>
        <translation>L’interface n’a pas de route pour le multicast : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Without the DHT, rooms find peers only on the LAN or through manual peers.</source>
        <translation>Sans la DHT, les salons ne trouvent des pairs que sur le réseau local ou par des pairs manuels.</translation>
    </message>
    <message>
        <source>Add at least one DHT bootstrap node, or the DHT can only learn peers that contact us.</source>
        <translation>Ajoutez au moins un nœud d’amorçage DHT, sinon la DHT ne connaîtra que les pairs qui nous contactent.</translation>
    </message>
    <message>
        <source>Some bootstrap nodes are down or unreachable; the DHT still works through the others.</source>
        <translation>Certains nœuds d’amorçage sont hors service ou injoignables ; la DHT fonctionne encore grâce aux autres.</translation>
    </message>
    <message>
        <source>Check that UDP traffic is allowed out and that the bootstrap addresses are right.</source>
        <translation>Vérifiez que le trafic UDP sortant est autorisé et que les adresses d’amorçage sont correctes.</translation>
    </message>
    <message>
        <source>Check the peer addresses and that those peers are running and reachable.</source>
        <translation>Vérifiez les adresses des pairs et que ces pairs fonctionnent et sont joignables.</translation>
    </message>
    <message>
        <source>Set the system date and time (turn on network time): message times and replay checks depend on it.</source>
        <translation>Réglez la date et l’heure du système (activez l’heure réseau) : l’horodatage des messages et la détection des rejeux en dépendent.</translation>
    </message>
    <message>
        <source>The system timer is broken; timeouts and retries will not work.</source>
        <translation>Le minuteur du système est défaillant ; les délais et les nouvelles tentatives ne fonctionneront pas.</translation>
    </message>
    <message>
        <source>Reachable from the internet at %1</source>
        <translation>Joignable depuis Internet à %1</translation>
    </message>
    <message>
        <source>The internet sees our own address %1: no NAT</source>
        <translation>Internet voit notre propre adresse %1 : pas de NAT</translation>
    </message>
    <message>
        <source>Behind a NAT at %1 that keeps our ports: nothing reaches us unasked</source>
        <translation>Derrière un NAT en %1 qui garde nos ports : rien ne nous atteint sans demande</translation>
    </message>
    <message>
        <source>Behind a NAT at %1 that picks a new port for every destination</source>
        <translation>Derrière un NAT en %1 qui choisit un nouveau port pour chaque destination</translation>
    </message>
    <message>
        <source>The external address is not known: fewer than two observers told us</source>
        <translation>L’adresse externe est inconnue : moins de deux observateurs nous l’ont indiquée</translation>
    </message>
    <message>
        <source>Port mapping is turned off</source>
        <translation>La redirection de ports est désactivée</translation>
    </message>
    <message>
        <source>The listening port is chosen anew at each start</source>
        <translation>Le port d’écoute est choisi à nouveau à chaque démarrage</translation>
    </message>
    <message>
        <source>The router mapped our ports with %1 at %2</source>
        <translation>Le routeur a redirigé nos ports avec %1 vers %2</translation>
    </message>
    <message>
        <source>No router mapped our ports: %1</source>
        <translation>Aucun routeur n’a redirigé nos ports : %1</translation>
    </message>
    <message>
        <source>If peers still cannot connect, a firewall drops them: allow TCP port %1 in.</source>
        <translation>Si des pairs ne peuvent toujours pas se connecter, un pare-feu les rejette : autorisez le port TCP %1 en entrée.</translation>
    </message>
    <message>
        <source>Turn on UPnP or NAT-PMP in the router, or forward TCP port %1 to this computer; until then only peers that can be reached themselves connect to you.</source>
        <translation>Activez UPnP ou NAT-PMP dans le routeur, ou redirigez le port TCP %1 vers cet ordinateur ; d’ici là, seuls les pairs eux-mêmes joignables se connectent à vous.</translation>
    </message>
    <message>
        <source>This kind of router (&quot;symmetric NAT&quot;) defeats hole punching: turn on UPnP or NAT-PMP, forward TCP port %1 by hand, or use a relay node.</source>
        <translation>Ce type de routeur (« NAT symétrique ») empêche la perforation de NAT : activez UPnP ou NAT-PMP, redirigez le port TCP %1 à la main, ou utilisez un nœud relais.</translation>
    </message>
    <message>
        <source>Add at least two DHT bootstrap nodes or join a room with peers on the internet: two observers on different addresses must agree before an address counts.</source>
        <translation>Ajoutez au moins deux nœuds d’amorçage DHT ou rejoignez un salon avec des pairs sur Internet : deux observateurs à des adresses différentes doivent concorder avant qu’une adresse compte.</translation>
    </message>
    <message>
        <source>Turn port mapping on, or forward TCP port %1 on the router by hand.</source>
        <translation>Activez la redirection de ports, ou redirigez le port TCP %1 sur le routeur à la main.</translation>
    </message>
    <message>
        <source>Set a fixed listening port (for example 0.0.0.0:7000) so that a mapped or forwarded port stays valid.</source>
        <translation>Fixez un port d’écoute (par exemple 0.0.0.0:7000) pour qu’un port redirigé reste valable.</translation>
    </message>
    <message>
        <source>Turn on UPnP or NAT-PMP in the router&apos;s settings, or forward TCP port %1 by hand. Behind a second NAT (your provider&apos;s), mapping cannot help: use a relay node.</source>
        <translation>Activez UPnP ou NAT-PMP dans les réglages du routeur, ou redirigez le port TCP %1 à la main. Derrière un second NAT (celui de votre fournisseur), la redirection ne sert à rien : utilisez un nœud relais.</translation>
    </message>
    <message>
        <source>Reachable from the internet: no relay is needed</source>
        <translation>Joignable depuis Internet : aucun relais n’est nécessaire</translation>
    </message>
    <message>
        <source>A relay carries connections for us: %1</source>
        <translation>Un relais achemine des connexions pour nous : %1</translation>
    </message>
    <message>
        <source>No relay holds a slot for us (named: %1)</source>
        <translation>Aucun relais ne nous réserve de place (indiqués : %1)</translation>
    </message>
    <message>
        <source>No relay node is named</source>
        <translation>Aucun nœud relais n’est indiqué</translation>
    </message>
    <message>
        <source>Relay nodes named: %1; a running session asks them for a slot</source>
        <translation>Nœuds relais indiqués : %1 ; une session en cours leur demande une place</translation>
    </message>
    <message>
        <source>Name a relay node (for example --relay-node 203.0.113.10:7000): peers that cannot connect to you directly reach you through it.</source>
        <translation>Indiquez un nœud relais (par exemple --relay-node 203.0.113.10:7000) : les pairs qui ne peuvent pas se connecter directement à vous vous joignent par lui.</translation>
    </message>
    <message>
        <source>Check that the relay nodes run with --relay and can be reached from here; until one holds a slot, peers behind other routers cannot reach you.</source>
        <translation>Vérifiez que les nœuds relais tournent avec --relay et sont joignables d’ici ; tant qu’aucun ne vous réserve de place, les pairs derrière d’autres routeurs ne peuvent pas vous joindre.</translation>
    </message>
    <message>
        <source>Peers can dial us: no hole punching needed</source>
        <translation>Les pairs peuvent nous joindre : pas besoin de perçage de NAT</translation>
    </message>
    <message>
        <source>Hole punching is turned off</source>
        <translation>Le perçage de NAT est désactivé</translation>
    </message>
    <message>
        <source>%1 of %2 hole-punch attempts gave a direct connection</source>
        <translation>%1 tentatives de perçage sur %2 ont donné une connexion directe</translation>
    </message>
    <message>
        <source>None of %1 hole-punch attempts gave a direct connection (last: %2)</source>
        <translation>Aucune des %1 tentatives de perçage n&apos;a donné de connexion directe (dernière : %2)</translation>
    </message>
    <message>
        <source>Our NAT picks a new port for every destination: hole punching cannot work from here</source>
        <translation>Notre NAT choisit un nouveau port pour chaque destination : le perçage ne peut pas fonctionner d&apos;ici</translation>
    </message>
    <message>
        <source>Our NAT keeps our ports: hole punching can reach peers whose routers do the same (none tried yet)</source>
        <translation>Notre NAT conserve nos ports : le perçage peut joindre les pairs dont le routeur fait de même (pas encore essayé)</translation>
    </message>
    <message>
        <source>Our NAT&apos;s behaviour is not known yet, so neither is whether a hole can be punched</source>
        <translation>Le comportement de notre NAT n&apos;est pas encore connu, donc on ne sait pas si le perçage peut réussir</translation>
    </message>
    <message>
        <source>Connections with peers behind other routers go through a relay: name one with --relay-node, or turn on UPnP or NAT-PMP in the router.</source>
        <translation>Les connexions avec des pairs derrière d&apos;autres routeurs passent par un relais : indiquez-en un avec --relay-node, ou activez UPnP ou NAT-PMP sur le routeur.</translation>
    </message>
    <message>
        <source>The other side&apos;s router may change ports, or a firewall here drops the other side&apos;s connection attempt. Relayed connections keep working; for direct ones turn on UPnP or NAT-PMP in the router.</source>
        <translation>Le routeur d&apos;en face change peut-être de port, ou un pare-feu ici rejette sa tentative de connexion. Les connexions relayées continuent de fonctionner ; pour des connexions directes, activez UPnP ou NAT-PMP sur le routeur.</translation>
    </message>
    <message>
        <source>Join a room with peers on the internet, or name two DHT bootstrap nodes, so that two observers can tell where we stand.</source>
        <translation>Rejoignez un salon avec des pairs sur Internet, ou indiquez deux nœuds d&apos;amorçage DHT, pour que deux observateurs puissent dire où nous en sommes.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <source>A file or socket could not be read or written.</source>
        <translation>Un fichier ou une socket n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>The address is already in use.</source>
        <translation>L’adresse est déjà utilisée.</translation>
    </message>
    <message>
        <source>The address is not valid.</source>
        <translation>L’adresse n’est pas valide.</translation>
    </message>
    <message>
        <source>The identity seed is not valid.</source>
        <translation>La graine d’identité n’est pas valide.</translation>
    </message>
    <message>
        <source>The checksum does not match.</source>
        <translation>La somme de contrôle ne correspond pas.</translation>
    </message>
    <message>
        <source>A profile file is damaged and was left untouched.</source>
        <translation>Un fichier du profil est endommagé et n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The secure handshake failed.</source>
        <translation>La poignée de main sécurisée a échoué.</translation>
    </message>
    <message>
        <source>The secure handshake timed out.</source>
        <translation>La poignée de main sécurisée a expiré.</translation>
    </message>
    <message>
        <source>A peer sent a frame that is too large.</source>
        <translation>Un pair a envoyé une trame trop grande.</translation>
    </message>
    <message>
        <source>A message could not be decrypted.</source>
        <translation>Un message n’a pas pu être déchiffré.</translation>
    </message>
    <message>
        <source>A malformed message was received.</source>
        <translation>Un message mal formé a été reçu.</translation>
    </message>
    <message>
        <source>A message of unknown type was received.</source>
        <translation>Un message de type inconnu a été reçu.</translation>
    </message>
    <message>
        <source>A message carried a bad signature.</source>
        <translation>Un message portait une signature invalide.</translation>
    </message>
    <message>
        <source>You are not in that room.</source>
        <translation>Vous n’êtes pas dans ce salon.</translation>
    </message>
    <message>
        <source>This was already done.</source>
        <translation>C’est déjà fait.</translation>
    </message>
    <message>
        <source>A redundant connection was closed.</source>
        <translation>Une connexion redondante a été fermée.</translation>
    </message>
    <message>
        <source>That is your own address.</source>
        <translation>C’est votre propre adresse.</translation>
    </message>
    <message>
        <source>Not connected to anyone in this room.</source>
        <translation>Connecté à personne dans ce salon.</translation>
    </message>
    <message>
        <source>The connection could not be established.</source>
        <translation>La connexion n’a pas pu être établie.</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>L’opération a expiré.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>The peer is banned.</source>
        <translation>Le pair est banni.</translation>
    </message>
    <message>
        <source>The peer is not on the allow list.</source>
        <translation>Le pair n’est pas sur la liste autorisée.</translation>
    </message>
    <message>
        <source>A connection limit was reached.</source>
        <translation>Une limite de connexions a été atteinte.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>La requête n’est pas valide.</translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Trop de requêtes ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>A message was too old or dated in the future.</source>
        <translation>Un message était trop ancien ou daté dans le futur.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Erreur inconnue.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>error message (untranslated detail)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A file chunk arrived for a transfer that does not exist.</source>
        <translation>Un morceau de fichier est arrivé pour un transfert qui n’existe pas.</translation>
    </message>
    <message>
        <source>A file chunk was outside the file.</source>
        <translation>Un morceau de fichier était hors du fichier.</translation>
    </message>
    <message>
        <source>The received file did not match its hash and was discarded.</source>
        <translation>Le fichier reçu ne correspondait pas à son empreinte et a été supprimé.</translation>
    </message>
    <message>
        <source>A file name contained a folder or &quot;..&quot;.</source>
        <translation>Un nom de fichier contenait un dossier ou « .. ».</translation>
    </message>
    <message>
        <source>A file name was too long or contained control characters.</source>
        <translation>Un nom de fichier était trop long ou contenait des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The file is larger than the largest accepted size.</source>
        <translation>Le fichier dépasse la taille maximale acceptée.</translation>
    </message>
    <message>
        <source>The peer is blocked.</source>
        <translation>Le pair est bloqué.</translation>
    </message>
    <message>
        <source>A display name was too long or contained control characters.</source>
        <translation>Un nom d&apos;affichage était trop long ou contenait des caractères de contrôle.</translation>
    </message>
    <message>
        <source>A display name was not signed by the peer&apos;s key.</source>
        <translation>Un nom d&apos;affichage n&apos;était pas signé par la clé du pair.</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>Quote opened at column %1 is never closed</source>
        <translation>Le guillemet ouvert à la colonne %1 n’est jamais fermé</translation>
    </message>
    <message>
        <source>A field name is missing before column %1</source>
        <translation>Un nom de champ manque avant la colonne %1</translation>
    </message>
    <message>
        <source>A value is missing at column %1</source>
        <translation>Une valeur manque à la colonne %1</translation>
    </message>
    <message>
        <source>A number is expected at column %1</source>
        <translation>Un nombre est attendu à la colonne %1</translation>
    </message>
    <message>
        <source>Nothing to negate after &quot;-&quot; at column %1</source>
        <translation>Rien à nier après « - » à la colonne %1</translation>
    </message>
</context>
<context>
    <name>PacketHexView</name>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… %n octet de plus</numerusform>
            <numerusform>… %n octets de plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Network &amp;Doctor…</source>
        <translation>&amp;Diagnostic réseau…</translation>
    </message>
    <message>
        <source>me</source>
        <translation>moi</translation>
    </message>
</context>
<context>
    <name>StateWords</name>
    <message>
        <source>connecting</source>
        <comment>connection state</comment>
        <translation>connexion</translation>
    </message>
    <message>
        <source>handshaking</source>
        <comment>connection state</comment>
        <translation>négociation</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>connection state</comment>
        <translation>connecté</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>connection state</comment>
        <translation>fermé</translation>
    </message>
    <message>
        <source>queued</source>
        <comment>candidate state</comment>
        <translation>en file</translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>candidate state</comment>
        <translation>connexion</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>candidate state</comment>
        <translation>connecté</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>candidate state</comment>
        <translation>en attente</translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>candidate state</comment>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>banned</source>
        <comment>candidate state</comment>
        <translation>banni</translation>
    </message>
    <message>
        <source>added by hand</source>
        <comment>peer source</comment>
        <translation>ajouté à la main</translation>
    </message>
    <message>
        <source>local network</source>
        <comment>peer source</comment>
        <translation>réseau local</translation>
    </message>
    <message>
        <source>peer exchange</source>
        <comment>peer source</comment>
        <translation>échange de pairs</translation>
    </message>
    <message>
        <source>peer book</source>
        <comment>peer source</comment>
        <translation>carnet de pairs</translation>
    </message>
    <message>
        <source>dialled us</source>
        <comment>peer source</comment>
        <translation>nous a appelés</translation>
    </message>
    <message>
        <source>in-process</source>
        <comment>transport</comment>
        <translation>en processus</translation>
    </message>
    <message>
        <source>handshaking</source>
        <comment>candidate state</comment>
        <translation>négociation</translation>
    </message>
    <message>
        <source>local service discovery</source>
        <comment>peer source</comment>
        <translation>découverte de services locale (BEP 14)</translation>
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
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
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
        <translation>Votre adresse</translation>
    </message>
    <message>
        <source>Your address: give it to others so they can recognise you</source>
        <translation>Votre adresse : donnez-la aux autres pour qu’ils vous reconnaissent</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy your address to the clipboard</source>
        <translation>Copier votre adresse dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::AppearancePage</name>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::BlockedPeersDialog</name>
    <message>
        <source>Blocked Peers</source>
        <translation>Pairs bloqués</translation>
    </message>
    <message>
        <source>Messages, files and calls from these peers are dropped; they show only in the packet inspector.</source>
        <translation>Les messages, fichiers et appels de ces pairs sont ignorés ; ils n’apparaissent que dans l’inspecteur de paquets.</translation>
    </message>
    <message>
        <source>Blocked peers</source>
        <translation>Pairs bloqués</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Débloquer</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::CandidateTableModel</name>
    <message>
        <source>Added by hand: kept connected and never dropped</source>
        <translation>Ajouté à la main : gardé connecté et jamais abandonné</translation>
    </message>
    <message>
        <source>A local or private address</source>
        <translation>Une adresse locale ou privée</translation>
    </message>
    <message>
        <source>Host:port</source>
        <translation>Hôte:port</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Where the endpoint was found: lan, dht, pex, book, manual or inbound</source>
        <translation>Où le point d’accès a été trouvé : lan, dht, pex, book, manual ou inbound</translation>
    </message>
    <message>
        <source>Who told us about it</source>
        <translation>Qui nous l’a signalé</translation>
    </message>
    <message>
        <source>queued, connecting, connected, waiting (for a retry), dropped or banned</source>
        <translation>en file, en connexion, connecté, en attente (d’un nouvel essai), abandonné ou banni</translation>
    </message>
    <message>
        <source>Failed dials so far</source>
        <translation>Appels échoués jusqu’ici</translation>
    </message>
    <message>
        <source>The peer&apos;s address, once a connection proved it</source>
        <translation>L’adresse du pair, une fois prouvée par une connexion</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ChatMessageModel</name>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 à %2 : %3</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (en attente d’envoi)</translation>
    </message>
    <message>
        <source>%1 (sent)</source>
        <translation>%1 (envoyé)</translation>
    </message>
    <message>
        <source>%1 (delivered)</source>
        <translation>%1 (remis)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ChatPanel</name>
    <message>
        <source>Direct messages with %1</source>
        <translation>Messages directs avec %1</translation>
    </message>
    <message>
        <source>No room selected</source>
        <translation>Aucun salon sélectionné</translation>
    </message>
    <message>
        <source>Join a room on the left to start chatting.</source>
        <translation>Rejoignez un salon à gauche pour commencer à discuter.</translation>
    </message>
    <message>
        <source>Waiting for others to join…</source>
        <translation>En attente d’autres participants…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) seen</source>
        <translation>
            <numerusform>%n membre vu</numerusform>
            <numerusform>%n membres vus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n connected</source>
        <translation>
            <numerusform> · %n connecté</numerusform>
            <numerusform> · %n connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 directly</source>
        <translation>Écrire directement à %1</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Écrire dans %1</translation>
    </message>
    <message>
        <source>Join a room to chat</source>
        <translation>Rejoignez un salon pour discuter</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Message à envoyer</translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it (Ctrl+L)</source>
        <translation>Tapez un message et appuyez sur Entrée pour l’envoyer (Ctrl+L)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>&amp;Find in History…</source>
        <translation>&amp;Rechercher dans l’historique…</translation>
    </message>
    <message>
        <source>Search the messages of the current room (Ctrl+F)</source>
        <translation>Rechercher dans les messages du salon actuel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Send direct message to the author</source>
        <translation>Envoyer un message direct à l’auteur</translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation>Envoyer des fichiers</translation>
    </message>
    <message>
        <source>Send File…</source>
        <translation>Envoyer un fichier…</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Envoyer un fichier</translation>
    </message>
    <message>
        <source>Offer a file to the room or the person shown (or drop files onto the chat)</source>
        <translation>Proposer un fichier au salon ou à la personne affichée (ou déposer des fichiers sur la discussion)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ChatSearchBar</name>
    <message>
        <source>Search the history</source>
        <translation>Rechercher dans l’historique</translation>
    </message>
    <message>
        <source>Search the chat history</source>
        <translation>Rechercher dans l’historique de discussion</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Close the search (Escape)</source>
        <translation>Fermer la recherche (Échap)</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message numerus="yes">
        <source>%n older match(es) not loaded</source>
        <translation>
            <numerusform>%n résultat plus ancien non chargé</numerusform>
            <numerusform>%n résultats plus anciens non chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n older not loaded)</source>
        <translation>
            <numerusform> (%n plus ancien non chargé)</numerusform>
            <numerusform> (%n plus anciens non chargés)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ConnectDialog</name>
    <message>
        <source>Connect to a Peer</source>
        <translation>Se connecter à un pair</translation>
    </message>
    <message>
        <source>&amp;Host and port of the peer:</source>
        <translation>&amp;Hôte et port du pair :</translation>
    </message>
    <message>
        <source>192.0.2.7:40000 or [2001:db8::7]:40000</source>
        <translation>192.0.2.7:40000 ou [2001:db8::7]:40000</translation>
    </message>
    <message>
        <source>Host and port to connect to</source>
        <translation>Hôte et port auxquels se connecter</translation>
    </message>
    <message>
        <source>Expected host:port with a port from 1 to 65535</source>
        <translation>Attendu : hôte:port avec un port de 1 à 65535</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ConnectionStatsDock</name>
    <message>
        <source>Connection stats</source>
        <translation>Statistiques de connexion</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>All peers</source>
        <translation>Tous les pairs</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Fenêtre de temps</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>&amp;Peer:</source>
        <translation>&amp;Pair :</translation>
    </message>
    <message>
        <source>Bytes per second</source>
        <translation>Octets par seconde</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>o/s</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Messages par seconde</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>msg/s</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Temps aller-retour</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortant</translation>
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
        <translation>Pas encore de messages</translation>
    </message>
    <message>
        <source>Direct messages with %1</source>
        <translation>Messages directs avec %1</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversation avec %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n non lu</numerusform>
            <numerusform>, %n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DhtBucketModel</name>
    <message>
        <source>Bucket %1</source>
        <translation>Compartiment %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n replacement(s)</source>
        <translation>
            <numerusform>, %n remplaçant</numerusform>
            <numerusform>, %n remplaçants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nodes whose ids share the first %n bit(s) with ours</source>
        <translation>
            <numerusform>Nœuds dont l’identifiant partage le premier bit avec le nôtre</numerusform>
            <numerusform>Nœuds dont l’identifiant partage les %n premiers bits avec le nôtre</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (replacement)</source>
        <translation>%1 (remplaçant)</translation>
    </message>
    <message>
        <source>%1
Waiting in the replacement cache for a place in the bucket</source>
        <translation>%1
Attend dans le cache de remplacement une place dans le compartiment</translation>
    </message>
    <message>
        <source>Queries in a row that got no answer</source>
        <translation>Requêtes successives restées sans réponse</translation>
    </message>
    <message>
        <source>Bucket / node id</source>
        <translation>Compartiment / id du nœud</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Échecs</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DhtLookupModel</name>
    <message>
        <source>(no room)</source>
        <translation>(aucun salon)</translation>
    </message>
    <message>
        <source>looking up</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>en cours de fin</translation>
    </message>
    <message>
        <source>The room&apos;s key on the DHT: the first 20 bytes of its topic hash</source>
        <translation>La clé du salon dans la DHT : les 20 premiers octets du hachage de son sujet</translation>
    </message>
    <message>
        <source>Infohash</source>
        <translation>Infohash</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salon</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Peers found</source>
        <translation>Pairs trouvés</translation>
    </message>
    <message>
        <source>Datagrams</source>
        <translation>Datagrammes</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>Dernier tour</translation>
    </message>
    <message>
        <source>Peers the last round found</source>
        <translation>Pairs trouvés au dernier tour</translation>
    </message>
    <message>
        <source>Datagrams the last round sent</source>
        <translation>Datagrammes envoyés au dernier tour</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DhtPanel</name>
    <message>
        <source>Node %1 on UDP port %2</source>
        <translation>Nœud %1 sur le port UDP %2</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) in the routing table</source>
        <translation>
            <numerusform>%n nœud dans la table de routage</numerusform>
            <numerusform>%n nœuds dans la table de routage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n replacement(s) waiting)</source>
        <translation>
            <numerusform> (%n remplaçant en attente)</numerusform>
            <numerusform> (%n remplaçants en attente)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) running</source>
        <translation>
            <numerusform>%n recherche en cours</numerusform>
            <numerusform>%n recherches en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 datagrams in, %2 out</source>
        <translation>%1 datagrammes reçus, %2 envoyés</translation>
    </message>
    <message numerus="yes">
        <source>%n infohash(es) stored for others</source>
        <translation>
            <numerusform>%n infohash stocké pour d’autres</numerusform>
            <numerusform>%n infohashs stockés pour d’autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rejetés</translation>
    </message>
    <message>
        <source>bootstrapping…</source>
        <translation>amorçage…</translation>
    </message>
    <message>
        <source>The DHT is off. Start Swarmscope without --no-dht to find rooms across the internet.</source>
        <translation>La DHT est désactivée. Lancez Swarmscope sans --no-dht pour trouver des salons sur Internet.</translation>
    </message>
    <message>
        <source>DHT routing table</source>
        <translation>Table de routage DHT</translation>
    </message>
    <message>
        <source>DHT lookups</source>
        <translation>Recherches DHT</translation>
    </message>
    <message>
        <source>DHT datagrams rejected by reason</source>
        <translation>Datagrammes DHT rejetés, par raison</translation>
    </message>
    <message>
        <source>Rejected because</source>
        <translation>Rejeté car</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DoctorDialog</name>
    <message>
        <source>Network Doctor</source>
        <translation>Diagnostic réseau</translation>
    </message>
    <message>
        <source>Doctor summary</source>
        <translation>Résumé du diagnostic</translation>
    </message>
    <message>
        <source>Doctor checks</source>
        <translation>Vérifications du diagnostic</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Everything looks fine.</source>
        <translation>Tout semble en ordre.</translation>
    </message>
    <message>
        <source>Working, with warnings: see the advice below.</source>
        <translation>Fonctionne, avec des avertissements : voir les conseils ci-dessous.</translation>
    </message>
    <message>
        <source>Something is broken: see the advice below.</source>
        <translation>Quelque chose ne va pas : voir les conseils ci-dessous.</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DoctorReportModel</name>
    <message>
        <source>Listening port</source>
        <translation>Port d’écoute</translation>
    </message>
    <message>
        <source>LAN multicast</source>
        <translation>Multidiffusion LAN</translation>
    </message>
    <message>
        <source>DHT bootstrap</source>
        <translation>Amorçage DHT</translation>
    </message>
    <message>
        <source>Manual peers</source>
        <translation>Pairs manuels</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Conseil</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Joignabilité</translation>
    </message>
    <message>
        <source>Port mapping</source>
        <translation>Redirection de ports</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>Hole punching</source>
        <translation>Perçage de NAT</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::EventLogFileWindow</name>
    <message numerus="yes">
        <source>%n event(s) from %1</source>
        <translation>
            <numerusform>%n événement de %1</numerusform>
            <numerusform>%n événements de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed line(s) skipped, the first at line %1</source>
        <translation>
            <numerusform>%n ligne mal formée ignorée, la première à la ligne %1</numerusform>
            <numerusform>%n lignes mal formées ignorées, la première à la ligne %1</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %1 events are shown</source>
        <translation>seuls les %1 premiers événements sont affichés</translation>
    </message>
    <message>
        <source>Event log (read-only)</source>
        <translation>Journal d’événements (lecture seule)</translation>
    </message>
    <message>
        <source>%1 — event log (read-only)</source>
        <translation>%1 — journal d’événements (lecture seule)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Room or topic</source>
        <translation>Salon ou sujet</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::EventLogPanel</name>
    <message>
        <source>Export events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>Lignes JSON (*.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n événement exporté vers %1</numerusform>
            <numerusform>%n événements exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export events: %1</source>
        <translation>Impossible d’exporter les événements : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) dropped</source>
        <translation>
            <numerusform>%n événement plus ancien supprimé</numerusform>
            <numerusform>%n événements plus anciens supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>Terms separated by spaces must all match:
  word          anywhere in the event
  field:text    field contains text (kind, peer, room, reason, any field)
  field&gt;n  field&lt;n  field=n    numeric comparison
  -term         negates a term; &quot;quotes&quot; keep spaces
Example: kind:rpc peer:bYSk rtt&gt;100</source>
        <translation>Les termes séparés par des espaces doivent tous correspondre :
  mot           n’importe où dans l’événement
  champ:texte   le champ contient le texte (kind, peer, room, reason, tout champ)
  champ&gt;n  champ&lt;n  champ=n    comparaison numérique
  -terme        nie un terme ; les &quot;guillemets&quot; gardent les espaces
Exemple : kind:rpc peer:bYSk rtt&gt;100</translation>
    </message>
    <message>
        <source>Filter events, e.g. kind:connection -peer:bYSk</source>
        <translation>Filtrer les événements, p. ex. kind:connection -peer:bYSk</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrer les événements</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>Garder le dernier événement visible</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear event log</source>
        <translation>Effacer le journal d’événements</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export events as JSON lines</source>
        <translation>Exporter les événements en lignes JSON</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Journal d’événements</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::FileTransferCard</name>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message numerus="yes">
        <source>to %n member(s) of %1</source>
        <translation>
            <numerusform>à %n membre de %1</numerusform>
            <numerusform>à %n membres de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>size · type · sender or recipients</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>Proposé pour vous</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>En attente d’une réponse</translation>
    </message>
    <message>
        <source>Paused: reconnecting…</source>
        <translation>En pause : reconnexion…</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Échec (%1)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4 left</source>
        <comment>bytes of size · rate · time left</comment>
        <translation>%1 sur %2 · %3 · %4 restantes</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Accept the file</source>
        <translation>Accepter le fichier</translation>
    </message>
    <message>
        <source>Decline the file</source>
        <translation>Refuser le fichier</translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Annuler le transfert</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Progression du transfert</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::FileTransferController</name>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 n’a pas été envoyé : %2</translation>
    </message>
    <message>
        <source>Offered %1</source>
        <translation>%1 proposé</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::FilesPage</name>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>The download folder must be a full path, not &apos;%1&apos;.</source>
        <translation>Le dossier de téléchargement doit être un chemin complet, pas « %1 ».</translation>
    </message>
    <message>
        <source>The download folder &apos;%1&apos; is a file.</source>
        <translation>Le dossier de téléchargement « %1 » est un fichier.</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Dossier de téléchargement</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>&amp;Dossier de téléchargement :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Largest file accepted:</source>
        <translation>Plus grand fichier &amp;accepté :</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <source>Offers of larger files are refused</source>
        <translation>Les offres de fichiers plus grands sont refusées</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::HistoryExporter</name>
    <message>
        <source>Pick a room to export its history</source>
        <translation>Choisissez un salon pour en exporter l’historique</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texte brut (*.txt)</translation>
    </message>
    <message>
        <source>Export the History of %1</source>
        <translation>Exporter l’historique de %1</translation>
    </message>
    <message>
        <source>History not exported: %1</source>
        <translation>Historique non exporté : %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) of %1 to %2</source>
        <translation>
            <numerusform>%n message de %1 écrit dans %2</numerusform>
            <numerusform>%n messages de %1 écrits dans %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Room History…</source>
        <translation>&amp;Exporter l’historique du salon…</translation>
    </message>
    <message>
        <source>Save the current room&apos;s history as JSON or plain text</source>
        <translation>Enregistrer l’historique du salon actuel en JSON ou en texte brut</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::IdentityDialog</name>
    <message>
        <source>Seed copied. Anyone who has it can act as you.</source>
        <translation>Graine copiée. Quiconque la possède peut agir en votre nom.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Non exporté : %1</translation>
    </message>
    <message>
        <source>Exported to %1. Keep it private: anyone who has it can act as you.</source>
        <translation>Exporté vers %1. Gardez-le secret : quiconque le possède peut agir en votre nom.</translation>
    </message>
    <message>
        <source>Export identity</source>
        <translation>Exporter l’identité</translation>
    </message>
    <message>
        <source>Not an identity file: %1</source>
        <translation>Pas un fichier d’identité : %1</translation>
    </message>
    <message>
        <source>Import identity</source>
        <translation>Importer une identité</translation>
    </message>
    <message>
        <source>Paste a seed string, or load one from a file.</source>
        <translation>Collez une graine, ou chargez-la depuis un fichier.</translation>
    </message>
    <message>
        <source>Not a seed string: %1</source>
        <translation>Pas une graine : %1</translation>
    </message>
    <message>
        <source>This is already your identity.</source>
        <translation>C’est déjà votre identité.</translation>
    </message>
    <message>
        <source>Identity %1, fingerprint %2</source>
        <translation>Identité %1, empreinte %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>Imported %1. Restart Swarmscope to use it; the identity it replaces is kept as identity.seed.previous in the profile.</source>
        <translation>%1 importée. Redémarrez Swarmscope pour l’utiliser ; l’identité remplacée est conservée dans le profil sous identity.seed.previous.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine :</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Export to file…</source>
        <translation>Exporter vers un fichier…</translation>
    </message>
    <message>
        <source>Import an identity</source>
        <translation>Importer une identité</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Depuis un fichier…</translation>
    </message>
    <message>
        <source>I will not run this identity anywhere else at the same time: two running copies of one identity fight over its connections.</source>
        <translation>Je n’utiliserai pas cette identité ailleurs en même temps : deux copies actives d’une même identité se disputent ses connexions.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::InspectorTools</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Open event log</source>
        <translation>Ouvrir un journal d’événements</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>Lignes JSON (*.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Show Packet &amp;Inspector</source>
        <translation>Afficher l’&amp;inspecteur de paquets</translation>
    </message>
    <message>
        <source>&amp;Open Event Log…</source>
        <translation>&amp;Ouvrir un journal d’événements…</translation>
    </message>
    <message>
        <source>Browse an exported event log (JSON lines), read-only</source>
        <translation>Parcourir un journal d’événements exporté (lignes JSON), en lecture seule</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::LabDock</name>
    <message>
        <source>Lab</source>
        <translation>Labo</translation>
    </message>
    <message>
        <source>Number of nodes</source>
        <translation>Nombre de nœuds</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nom du salon</translation>
    </message>
    <message>
        <source>Partition fraction</source>
        <translation>Part de la partition</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Nœuds :</translation>
    </message>
    <message>
        <source>&amp;Latency (one way):</source>
        <translation>&amp;Latence (aller simple) :</translation>
    </message>
    <message>
        <source>L&amp;oss:</source>
        <translation>P&amp;erte :</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salon :</translation>
    </message>
    <message>
        <source>Partition &amp;fraction:</source>
        <translation>Part de la &amp;partition :</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Partition</source>
        <translation>&amp;Partitionner</translation>
    </message>
    <message>
        <source>Lab status</source>
        <translation>État du labo</translation>
    </message>
    <message>
        <source>Starting: %1 of %2 nodes…</source>
        <translation>Démarrage : %1 nœuds sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>Running: %n node(s), waiting for convergence…</source>
        <translation>
            <numerusform>En cours : %n nœud, en attente de convergence…</numerusform>
            <numerusform>En cours : %n nœuds, en attente de convergence…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converged in %1 ms (%n node(s))</source>
        <translation>
            <numerusform>Convergé en %1 ms (%n nœud)</numerusform>
            <numerusform>Convergé en %1 ms (%n nœuds)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Cannot start the lab: %1</source>
        <translation>Impossible de démarrer le labo : %1</translation>
    </message>
    <message>
        <source>Healed</source>
        <translation>Réparé</translation>
    </message>
    <message>
        <source>Partitioned: %1 against the rest</source>
        <translation>Partitionné : %1 contre le reste</translation>
    </message>
    <message>
        <source>&amp;Heal</source>
        <translation>&amp;Réparer</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MainStatusBar</name>
    <message>
        <source>Address copied to the clipboard</source>
        <translation>Adresse copiée dans le presse-papiers</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>%n pair connecté</numerusform>
            <numerusform>%n pairs connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n handshaking</source>
        <translation>
            <numerusform>, %n en poignée de main</numerusform>
            <numerusform>, %n en poignée de main</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en file</numerusform>
            <numerusform>%n en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n en connexion</numerusform>
            <numerusform>%n en connexion</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoints waiting in the connection queue, and dials in progress</source>
        <translation>Points d’accès en attente dans la file de connexion, et appels en cours</translation>
    </message>
    <message>
        <source>Your address:</source>
        <translation>Votre adresse :</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MainWindow</name>
    <message>
        <source>Cannot join %1: %2</source>
        <translation>Impossible de rejoindre %1 : %2</translation>
    </message>
    <message>
        <source>Joined room %1</source>
        <translation>Salon %1 rejoint</translation>
    </message>
    <message>
        <source>Left room %1</source>
        <translation>Salon %1 quitté</translation>
    </message>
    <message>
        <source>%1, directly</source>
        <translation>%1, en direct</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>Another node (%1) runs with this profile&apos;s identity; use a profile on one computer at a time</source>
        <translation>Un autre nœud (%1) utilise l&apos;identité de ce profil ; n&apos;utilisez un profil que sur un ordinateur à la fois</translation>
    </message>
    <message>
        <source>Message not sent: %1</source>
        <translation>Message non envoyé : %1</translation>
    </message>
    <message>
        <source>%1 is not reachable now; the message goes out when they are seen again</source>
        <translation>%1 n’est pas joignable pour l’instant ; le message partira dès son retour</translation>
    </message>
    <message>
        <source>About Swarmscope</source>
        <translation>À propos de Swarmscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Swarmscope %1&lt;/h3&gt;&lt;p&gt;Peer-to-peer chat and swarm inspector.&lt;/p&gt;&lt;p&gt;Rooms are joined by name, messages are signed by their authors and travel directly between peers over encrypted connections.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Swarmscope %1&lt;/h3&gt;&lt;p&gt;Messagerie pair à pair et inspecteur d’essaims.&lt;/p&gt;&lt;p&gt;On rejoint les salons par leur nom ; les messages sont signés par leurs auteurs et voyagent directement entre pairs sur des connexions chiffrées.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (direct) — Swarmscope</source>
        <translation>%1 (direct) — Swarmscope</translation>
    </message>
    <message>
        <source>Swarmscope — no room</source>
        <translation>Swarmscope — aucun salon</translation>
    </message>
    <message>
        <source>%1 — Swarmscope</source>
        <translation>%1 — Swarmscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Join Room…</source>
        <translation>&amp;Rejoindre un salon…</translation>
    </message>
    <message>
        <source>Type the name of a room to join (Ctrl+J)</source>
        <translation>Tapez le nom d’un salon à rejoindre (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;Leave Room</source>
        <translation>Quitter le &amp;salon</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Write a &amp;Message</source>
        <translation>Écrire un &amp;message</translation>
    </message>
    <message>
        <source>&amp;About Swarmscope</source>
        <translation>À &amp;propos de Swarmscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Journal d’événements</translation>
    </message>
    <message>
        <source>Show &amp;Peers</source>
        <translation>Afficher les &amp;pairs</translation>
    </message>
    <message>
        <source>Show &amp;Event Log</source>
        <translation>Afficher le journal d’&amp;événements</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Remote Procedures</source>
        <translation>Procédures distantes</translation>
    </message>
    <message>
        <source>DHT</source>
        <translation>DHT</translation>
    </message>
    <message>
        <source>Show Connection &amp;Queue</source>
        <translation>Afficher la &amp;file de connexion</translation>
    </message>
    <message>
        <source>Show &amp;Remote Procedures</source>
        <translation>Afficher les procédures &amp;distantes</translation>
    </message>
    <message>
        <source>Show &amp;DHT</source>
        <translation>Afficher la &amp;DHT</translation>
    </message>
    <message>
        <source>Rooms and chat</source>
        <translation>Salons et discussion</translation>
    </message>
    <message>
        <source>peer-relay network</source>
        <translation>Réseau peer-relay</translation>
    </message>
    <message>
        <source>Show &amp;peer-relay network</source>
        <translation>Afficher le réseau &amp;peer-relay</translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation>&amp;Identité…</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MemberListModel</name>
    <message>
        <source>%1
Connected</source>
        <translation>%1
Connecté</translation>
    </message>
    <message>
        <source>%1
In the room, reached through other members</source>
        <translation>%1
Dans le salon, joint par d&apos;autres membres</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MemberListPanel</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Members: %1 (%2 connected)</source>
        <translation>Membres : %1 (%2 connectés)</translation>
    </message>
    <message>
        <source>Message Directly</source>
        <translation>Écrire directement</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <source>The listen address must be an IP address such as 0.0.0.0 or 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>L’adresse d’écoute doit être une adresse IP comme 0.0.0.0 ou 127.0.0.1, pas « %1 ».</translation>
    </message>
    <message>
        <source>The listen port must be a number from 0 to 65535 (0 = any free port), not &apos;%1&apos;.</source>
        <translation>Le port d’écoute doit être un nombre de 0 à 65535 (0 = n’importe quel port libre), pas « %1 ».</translation>
    </message>
    <message>
        <source>DHT bootstrap nodes</source>
        <translation>Nœuds d’amorçage DHT</translation>
    </message>
    <message>
        <source>Relay nodes</source>
        <translation>Nœuds relais</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a HOST:PORT address (for example 192.0.2.7:6881).</source>
        <translation>%1 : « %2 » n’est pas une adresse HÔTE:PORT (par exemple 192.0.2.7:6881).</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>Écou&amp;ter sur :</translation>
    </message>
    <message>
        <source>The IP address peers connect to; 0.0.0.0 means every address of this machine</source>
        <translation>L’adresse IP à laquelle les pairs se connectent ; 0.0.0.0 signifie toutes les adresses de cette machine</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>TCP port; 0 picks any free port at each start</source>
        <translation>Port TCP ; 0 choisit un port libre à chaque démarrage</translation>
    </message>
    <message>
        <source>Find peers on the local &amp;network (mDNS)</source>
        <translation>Trouver des pairs sur le &amp;réseau local (mDNS)</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interface :</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Toutes les interfaces</translation>
    </message>
    <message>
        <source>Find peers worldwide through the &amp;DHT</source>
        <translation>Trouver des pairs dans le monde entier via la &amp;DHT</translation>
    </message>
    <message>
        <source>&amp;Bootstrap nodes:</source>
        <translation>Nœuds d’&amp;amorçage :</translation>
    </message>
    <message>
        <source>One HOST:PORT a line; empty: the public routers</source>
        <translation>Un HÔTE:PORT par ligne ; vide : les routeurs publics</translation>
    </message>
    <message>
        <source>Ask the router to &amp;forward the port (UPnP, NAT-PMP)</source>
        <translation>Demander au routeur de redi&amp;riger le port (UPnP, NAT-PMP)</translation>
    </message>
    <message>
        <source>&amp;Relay nodes:</source>
        <translation>Nœuds re&amp;lais :</translation>
    </message>
    <message>
        <source>One HOST:PORT a line, used when peers cannot reach us</source>
        <translation>Un HÔTE:PORT par ligne, utilisé quand les pairs ne peuvent pas nous joindre</translation>
    </message>
    <message>
        <source>Act as a rela&amp;y for peers that cannot reach each other</source>
        <translation>&amp;Servir de relais aux pairs qui ne peuvent pas se joindre</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::NotificationPolicy</name>
    <message>
        <source>Nickname for mentions</source>
        <translation>Pseudo pour les mentions</translation>
    </message>
    <message>
        <source>Messages that contain this name (or your address) count as mentions:</source>
        <translation>Les messages qui contiennent ce nom (ou votre adresse) comptent comme des mentions :</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>&amp;Always</source>
        <translation>&amp;Toujours</translation>
    </message>
    <message>
        <source>Only &amp;Mentions</source>
        <translation>Seulement les &amp;mentions</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Jamais</translation>
    </message>
    <message>
        <source>Nickname for Mentions…</source>
        <translation>Pseudo pour les mentions…</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for messages while the window is in the background</source>
        <translation>Afficher des &amp;notifications pour les messages quand la fenêtre est en arrière-plan</translation>
    </message>
    <message>
        <source>&amp;Room messages:</source>
        <translation>Messages des &amp;salons :</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Only when I am mentioned</source>
        <translation>Seulement quand je suis mentionné</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>For rooms without a choice of their own (room list › context menu › Notifications); direct messages always notify</source>
        <translation>Pour les salons sans choix propre (liste des salons › menu contextuel › Notifications) ; les messages directs notifient toujours</translation>
    </message>
    <message>
        <source>Ni&amp;ckname:</source>
        <translation>Pseu&amp;do :</translation>
    </message>
    <message>
        <source>A mention is your address or this name in a message</source>
        <translation>Une mention est votre adresse ou ce nom dans un message</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PacketCborModel</name>
    <message>
        <source>(not CBOR)</source>
        <translation>(pas du CBOR)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>(valeur)</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entier</translation>
    </message>
    <message numerus="yes">
        <source>bytes (%n)</source>
        <translation>
            <numerusform>octets (%n)</numerusform>
            <numerusform>octets (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bytes (%n), CBOR</source>
        <translation>
            <numerusform>octets (%n), CBOR</numerusform>
            <numerusform>octets (%n), CBOR</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>map</source>
        <translation>table</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>float</source>
        <translation>flottant</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>simple</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PacketInspectorPanel</name>
    <message>
        <source>View stream as text lines</source>
        <translation>Voir le flux en lignes de texte</translation>
    </message>
    <message>
        <source>View stream as length-prefixed frames</source>
        <translation>Voir le flux en trames préfixées par leur longueur</translation>
    </message>
    <message>
        <source>View stream as JSON lines</source>
        <translation>Voir le flux en lignes JSON</translation>
    </message>
    <message>
        <source>How to read an application stream</source>
        <translation>Comment lire un flux d’application</translation>
    </message>
    <message>
        <source>discovery-swarm carries the app&apos;s own bytes: choose how the selected chunk is decoded</source>
        <translation>discovery-swarm transporte les octets propres de l’application : choisissez comment décoder le fragment sélectionné</translation>
    </message>
    <message>
        <source>Packet capture started</source>
        <translation>Capture de paquets démarrée</translation>
    </message>
    <message>
        <source>Packet capture stopped</source>
        <translation>Capture de paquets arrêtée</translation>
    </message>
    <message>
        <source>Export captured frames</source>
        <translation>Exporter les trames capturées</translation>
    </message>
    <message>
        <source>pcapng files (*.pcapng);;All files (*)</source>
        <translation>Fichiers pcapng (*.pcapng);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n frame(s) to %1</source>
        <translation>
            <numerusform>%n trame exportée vers %1</numerusform>
            <numerusform>%n trames exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export frames: %1</source>
        <translation>Impossible d’exporter les trames : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n trame</numerusform>
            <numerusform>%n trames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older frame(s) dropped</source>
        <translation>
            <numerusform>%n trame plus ancienne supprimée</numerusform>
            <numerusform>%n trames plus anciennes supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capturer</translation>
    </message>
    <message>
        <source>Record every decoded frame sent and received</source>
        <translation>Enregistrer chaque trame décodée envoyée et reçue</translation>
    </message>
    <message>
        <source>Capture frames</source>
        <translation>Capturer les trames</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear captured frames</source>
        <translation>Effacer les trames capturées</translation>
    </message>
    <message>
        <source>Export pcapng…</source>
        <translation>Exporter en pcapng…</translation>
    </message>
    <message>
        <source>Export captured frames as pcapng</source>
        <translation>Exporter les trames capturées en pcapng</translation>
    </message>
    <message>
        <source>Captured frames</source>
        <translation>Trames capturées</translation>
    </message>
    <message>
        <source>Decoded fields of the selected frame</source>
        <translation>Champs décodés de la trame sélectionnée</translation>
    </message>
    <message>
        <source>Bytes of the selected frame</source>
        <translation>Octets de la trame sélectionnée</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PacketListModel</name>
    <message>
        <source>in</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>out</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>%1 bytes on the wire, %2 bytes of plaintext</source>
        <translation>%1 octets sur le réseau, %2 octets en clair</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerBlocking</name>
    <message>
        <source>Blocked %1: their messages, files and calls are dropped</source>
        <translation>%1 bloqué : ses messages, fichiers et appels sont ignorés</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n peer(s): their messages, files and calls are dropped</source>
        <translation>
            <numerusform>%n pair bloqué : ses messages, fichiers et appels sont ignorés</numerusform>
            <numerusform>%n pairs bloqués : leurs messages, fichiers et appels sont ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>B&amp;lock</source>
        <translation>&amp;Bloquer</translation>
    </message>
    <message>
        <source>Drop this peer&apos;s messages, files and calls, now and after restarts</source>
        <translation>Ignorer les messages, fichiers et appels de ce pair, maintenant et après les redémarrages</translation>
    </message>
    <message>
        <source>Block the author</source>
        <translation>Bloquer l’auteur</translation>
    </message>
    <message>
        <source>&amp;Blocked Peers…</source>
        <translation>Pairs &amp;bloqués…</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerNaming</name>
    <message>
        <source>A name has at most 64 characters and no control characters</source>
        <translation>Un nom compte au plus 64 caractères, sans caractère de contrôle</translation>
    </message>
    <message>
        <source>%1 is called by their own name again</source>
        <translation>%1 porte de nouveau son propre nom</translation>
    </message>
    <message>
        <source>%1 is now called %2 here</source>
        <translation>%1 s’appelle désormais %2 ici</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renommer %1</translation>
    </message>
    <message>
        <source>Your name for %1, shown only to you.
Leave it empty to show the address.</source>
        <translation>Votre nom pour %1, visible par vous seul.
Laissez vide pour afficher l’adresse.</translation>
    </message>
    <message>
        <source>Your name for %1, shown only to you.
Leave it empty to show their own name, “%2”.</source>
        <translation>Votre nom pour %1, visible par vous seul.
Laissez vide pour afficher son propre nom, « %2 ».</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Give this peer a name of your own, shown only to you</source>
        <translation>Donner à ce pair un nom à vous, que vous seul voyez</translation>
    </message>
    <message>
        <source>Rename the author…</source>
        <translation>Renommer l’auteur…</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerRelayDialog</name>
    <message>
        <source>Add peer-relay network</source>
        <translation>Ajouter un réseau peer-relay</translation>
    </message>
    <message>
        <source>&amp;Bootstrap peers (one WebSocket URL per line):</source>
        <translation>Pairs d’&amp;amorçage (une URL WebSocket par ligne) :</translation>
    </message>
    <message>
        <source>Bootstrap URLs</source>
        <translation>URL d’amorçage</translation>
    </message>
    <message>
        <source>Peers of a peer-relay network (the npm package peer-relay) that accept WebSocket connections, written ws://host:port.</source>
        <translation>Pairs d’un réseau peer-relay (le paquet npm peer-relay) qui acceptent les connexions WebSocket, écrits ws://hôte:port.</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerRelayPanel</name>
    <message>
        <source>Could not join the peer-relay network: %1</source>
        <translation>Impossible de rejoindre le réseau peer-relay : %1</translation>
    </message>
    <message>
        <source>Joining the peer-relay network through %1…</source>
        <translation>Connexion au réseau peer-relay via %1…</translation>
    </message>
    <message>
        <source>A peer-relay id is 40 hex digits</source>
        <translation>Un identifiant peer-relay compte 40 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>Not in a peer-relay network</source>
        <translation>Dans aucun réseau peer-relay</translation>
    </message>
    <message>
        <source>Asked %1 for a direct connection</source>
        <translation>Connexion directe demandée à %1</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>relayé</translation>
    </message>
    <message>
        <source>dropped (%1)</source>
        <translation>abandonné (%1)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>sortante</translation>
    </message>
    <message>
        <source>Not in a peer-relay network.</source>
        <translation>Dans aucun réseau peer-relay.</translation>
    </message>
    <message numerus="yes">
        <source>Our peer-relay id: %1 · %n direct peer(s)</source>
        <translation>
            <numerusform>Notre identifiant peer-relay : %1 · %n pair direct</numerusform>
            <numerusform>Notre identifiant peer-relay : %1 · %n pairs directs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Our peer-relay id: %1 · listening on %2 · %n direct peer(s)</source>
        <translation>
            <numerusform>Notre identifiant peer-relay : %1 · à l’écoute sur %2 · %n pair direct</numerusform>
            <numerusform>Notre identifiant peer-relay : %1 · à l’écoute sur %2 · %n pairs directs</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;peer-relay network…</source>
        <translation>Ajouter un réseau &amp;peer-relay…</translation>
    </message>
    <message>
        <source>Join a peer-relay network through the WebSocket URLs of its peers</source>
        <translation>Rejoindre un réseau peer-relay par les URL WebSocket de ses pairs</translation>
    </message>
    <message>
        <source>Add network…</source>
        <translation>Ajouter un réseau…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Connect directly</source>
        <translation>Se connecter directement</translation>
    </message>
    <message>
        <source>peer-relay id (40 hex digits)</source>
        <translation>identifiant peer-relay (40 chiffres hexadécimaux)</translation>
    </message>
    <message>
        <source>text to send</source>
        <translation>texte à envoyer</translation>
    </message>
    <message>
        <source>Destination id</source>
        <translation>Identifiant de destination</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerTableModel</name>
    <message>
        <source>Handshake in progress</source>
        <translation>Poignée de main en cours</translation>
    </message>
    <message>
        <source>%1
Agent: %2
Shared rooms: %3</source>
        <translation>%1
Agent : %2
Salons communs : %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>A local or private address</source>
        <translation>Une adresse locale ou privée</translation>
    </message>
    <message>
        <source>Told by %1; a local or private address</source>
        <translation>Signalé par %1 ; une adresse locale ou privée</translation>
    </message>
    <message>
        <source>Told by %1</source>
        <translation>Signalé par %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n frame(s), now %2</source>
        <translation>
            <numerusform>%1 en %n trame, actuellement %2</numerusform>
            <numerusform>%1 en %n trames, actuellement %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(handshaking)</source>
        <translation>(poignée de main)</translation>
    </message>
    <message>
        <source>in</source>
        <comment>connection direction</comment>
        <translation>entrant</translation>
    </message>
    <message>
        <source>out</source>
        <comment>connection direction</comment>
        <translation>sortant</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Host:port</source>
        <translation>Hôte:port</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Débit entrant</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Débit sortant</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>The peer&apos;s address, proven during the handshake</source>
        <translation>L’adresse du pair, prouvée pendant la poignée de main</translation>
    </message>
    <message>
        <source>Remote host and port of the connection</source>
        <translation>Hôte et port distants de la connexion</translation>
    </message>
    <message>
        <source>Where the peer was found: lan, dht, pex, book, manual or inbound</source>
        <translation>Où le pair a été trouvé : lan, dht, pex, book, manual ou inbound</translation>
    </message>
    <message>
        <source>The peer&apos;s state in the connection queue</source>
        <translation>L’état du pair dans la file de connexion</translation>
    </message>
    <message>
        <source>Failed dials before this connection</source>
        <translation>Appels échoués avant cette connexion</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping</source>
        <translation>Temps aller-retour du dernier ping</translation>
    </message>
    <message>
        <source>Bytes received per second</source>
        <translation>Octets reçus par seconde</translation>
    </message>
    <message>
        <source>Bytes sent per second</source>
        <translation>Octets envoyés par seconde</translation>
    </message>
    <message>
        <source>Bytes received on this connection</source>
        <translation>Octets reçus sur cette connexion</translation>
    </message>
    <message>
        <source>Bytes sent on this connection</source>
        <translation>Octets envoyés sur cette connexion</translation>
    </message>
    <message>
        <source>When the connection was opened</source>
        <translation>Ouverture de la connexion</translation>
    </message>
    <message>
        <source>relayed via %1</source>
        <translation>relayé par %1</translation>
    </message>
    <message>
        <source>hole-punched</source>
        <translation>NAT perforé</translation>
    </message>
    <message>
        <source>direct</source>
        <comment>connection path</comment>
        <translation>direct</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>How the connection runs: direct, hole-punched through both routers, or relayed by another node</source>
        <translation>Comment passe la connexion : directe, à travers les deux routeurs perforés, ou relayée par un autre nœud</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Peer ID</source>
        <translation>ID de pair</translation>
    </message>
    <message>
        <source>The software the peer runs, as it names itself</source>
        <translation>Le logiciel du pair, tel qu&apos;il se nomme</translation>
    </message>
    <message>
        <source>The BitTorrent peer id of a Bugout room&apos;s wire (its client tag, then the random part in hex)</source>
        <translation>L&apos;identifiant de pair BitTorrent de la connexion d&apos;un salon Bugout (son étiquette de client, puis la partie aléatoire en hexadécimal)</translation>
    </message>
    <message>
        <source>closing (another connection kept)</source>
        <translation>fermeture (une autre connexion est gardée)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeersPanel</name>
    <message numerus="yes">
        <source>Copied %n address(es)</source>
        <translation>
            <numerusform>%n adresse copiée</numerusform>
            <numerusform>%n adresses copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by address, host, transport or source</source>
        <translation>Filtrer par adresse, hôte, transport ou source</translation>
    </message>
    <message>
        <source>Filter peers</source>
        <translation>Filtrer les pairs</translation>
    </message>
    <message>
        <source>Connected peers</source>
        <translation>Pairs connectés</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copier l’adresse</translation>
    </message>
    <message>
        <source>Send direct message</source>
        <translation>Envoyer un message direct</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bannir</translation>
    </message>
    <message>
        <source>Close the connection and refuse this peer from now on, also after a restart</source>
        <translation>Fermer la connexion et refuser ce pair désormais, même après un redémarrage</translation>
    </message>
    <message>
        <source>Ban for this session (soft)</source>
        <translation>Bannir pour cette session (souple)</translation>
    </message>
    <message>
        <source>Close the connection and refuse this peer until Swarmscope quits</source>
        <translation>Fermer la connexion et refuser ce pair jusqu’à la fermeture de Swarmscope</translation>
    </message>
    <message>
        <source>Back off</source>
        <translation>Temporiser</translation>
    </message>
    <message>
        <source>Close the connection and wait one backoff step longer than last time before redialling</source>
        <translation>Fermer la connexion et attendre un palier de plus que la dernière fois avant de rappeler</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Déconnecter</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PreferencesController</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Profile, network, notifications, appearance and files</source>
        <translation>Profil, réseau, notifications, apparence et fichiers</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuration</translation>
    </message>
    <message>
        <source>Your name was not changed: %1</source>
        <translation>Votre nom n&apos;a pas été modifié : %1</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PreferencesDialog</name>
    <message>
        <source>The settings file cannot be read, so nothing can be saved until it is fixed: %1</source>
        <translation>Le fichier de réglages est illisible ; rien ne peut être enregistré tant qu’il n’est pas corrigé : %1</translation>
    </message>
    <message>
        <source>The preferences could not be saved: %1</source>
        <translation>Les préférences n’ont pas pu être enregistrées : %1</translation>
    </message>
    <message>
        <source>Preferences saved. Profile and network changes take effect the next time Swarmscope starts.</source>
        <translation>Préférences enregistrées. Les modifications du profil et du réseau prennent effet au prochain démarrage de Swarmscope.</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Préférences enregistrées.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Network, profile and files settings are kept in %1, which swarmscope-node reads too.</source>
        <translation>Les réglages du réseau, du profil et des fichiers sont conservés dans %1, que swarmscope-node lit aussi.</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PreferencesPage</name>
    <message>
        <source>Changes on this page take effect the next time Swarmscope starts.</source>
        <translation>Les modifications de cette page prennent effet au prochain démarrage de Swarmscope.</translation>
    </message>
    <message>
        <source>Changes on this page take effect at once.</source>
        <translation>Les modifications de cette page prennent effet immédiatement.</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ProcedureListModel</name>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
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
        <translation>Ce nom ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>None: peers see your address only</source>
        <translation>Aucun : les pairs ne voient que votre adresse</translation>
    </message>
    <message>
        <source>Shown to peers next to your address, signed with your identity (at most %1 characters)</source>
        <translation>Montré aux pairs à côté de votre adresse, signé avec votre identité (%1 caractères au plus)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::QueuePanel</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en file</numerusform>
            <numerusform>%n en file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n abandonné</numerusform>
            <numerusform>%n abandonnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by host, source, referrer, state or address</source>
        <translation>Filtrer par hôte, source, référent, état ou adresse</translation>
    </message>
    <message>
        <source>Filter the connection queue</source>
        <translation>Filtrer la file de connexion</translation>
    </message>
    <message>
        <source>Connection queue</source>
        <translation>File de connexion</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RatePlot</name>
    <message>
        <source>peak %1 %2</source>
        <translation>pic %1 %2</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ReachabilityLabel</name>
    <message>
        <source>Reachable: yes</source>
        <translation>Joignable : oui</translation>
    </message>
    <message>
        <source>Reachable: yes, %1</source>
        <translation>Joignable : oui, %1</translation>
    </message>
    <message>
        <source>Reachable: yes, %1 %2</source>
        <translation>Joignable : oui, %1 %2</translation>
    </message>
    <message>
        <source>Not reachable: behind a NAT that changes ports</source>
        <translation>Non joignable : derrière un NAT qui change les ports</translation>
    </message>
    <message>
        <source>Not reachable: behind a NAT with no port mapped</source>
        <translation>Non joignable : derrière un NAT sans port redirigé</translation>
    </message>
    <message>
        <source>Not reachable from the internet</source>
        <translation>Non joignable depuis Internet</translation>
    </message>
    <message>
        <source>Reachable: not known yet</source>
        <translation>Joignable : pas encore connu</translation>
    </message>
    <message>
        <source>Whether peers on the internet can connect to us: learnt from the addresses peers see and from asking a peer to dial us back</source>
        <translation>Si des pairs sur Internet peuvent se connecter à nous : appris des adresses que voient les pairs et d’un rappel demandé à un pair</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Joignabilité</translation>
    </message>
    <message>
        <source>; using relay %1</source>
        <translation> ; via le relais %1</translation>
    </message>
    <message>
        <source>Reachable: not known yet; using relay %1</source>
        <translation>Joignable : pas encore connu ; via le relais %1</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomDelegate</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n connected</source>
        <translation>
            <numerusform> · %n connecté</numerusform>
            <numerusform> · %n connectés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomListModel</name>
    <message numerus="yes">
        <source>%1 (%2 swarm): %n member(s) seen</source>
        <translation>
            <numerusform>%1 (essaim %2) : %n membre vu</numerusform>
            <numerusform>%1 (essaim %2) : %n membres vus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s) seen</source>
        <translation>
            <numerusform>%1 : %n membre vu</numerusform>
            <numerusform>%1 : %n membres vus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n member(s)</source>
        <translation>
            <numerusform>%1, %n membre</numerusform>
            <numerusform>%1, %n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n non lu</numerusform>
            <numerusform>, %n non lus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomMembers</name>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Membres</translation>
    </message>
    <message>
        <source>Show or hide the current room&apos;s members</source>
        <translation>Afficher ou masquer les membres du salon actuel</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomsPanel</name>
    <message>
        <source>Swarmscope room</source>
        <translation>Salon Swarmscope</translation>
    </message>
    <message>
        <source>discovery-swarm swarm</source>
        <translation>Essaim discovery-swarm</translation>
    </message>
    <message>
        <source>Bugout room</source>
        <translation>Salon Bugout</translation>
    </message>
    <message>
        <source>Swarm to join the room in</source>
        <translation>Essaim dans lequel rejoindre le salon</translation>
    </message>
    <message>
        <source>Where the room lives: our own protocol, or the real swarm of a compatible app (you can also type discovery-swarm:NAME or bugout:ID)</source>
        <translation>Où vit le salon : notre propre protocole, ou le véritable essaim d’une application compatible (vous pouvez aussi taper discovery-swarm:NOM ou bugout:ID)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salons</translation>
    </message>
    <message>
        <source>Room name to join</source>
        <translation>Nom du salon à rejoindre</translation>
    </message>
    <message>
        <source>Room to join</source>
        <translation>Salon à rejoindre</translation>
    </message>
    <message>
        <source>Any text names a room; everyone who joins the same name meets there (Ctrl+J)</source>
        <translation>N’importe quel texte nomme un salon ; tous ceux qui rejoignent le même nom s’y retrouvent (Ctrl+J)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Join room</source>
        <translation>Rejoindre le salon</translation>
    </message>
    <message>
        <source>Joined rooms</source>
        <translation>Salons rejoints</translation>
    </message>
    <message>
        <source>Leave room</source>
        <translation>Quitter le salon</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Messages directs</translation>
    </message>
    <message>
        <source>Direct conversations</source>
        <translation>Conversations directes</translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation>Fermer la conversation</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RpcPanel</name>
    <message>
        <source>Pick a room member first</source>
        <translation>Choisissez d’abord un membre du salon</translation>
    </message>
    <message>
        <source>Asking %1 for its procedures…</source>
        <translation>Demande de ses procédures à %1…</translation>
    </message>
    <message>
        <source>Exactly one JSON value, please</source>
        <translation>Exactement une valeur JSON, s’il vous plaît</translation>
    </message>
    <message>
        <source>Not JSON: %1 at character %2</source>
        <translation>Pas du JSON : %1 au caractère %2</translation>
    </message>
    <message>
        <source>A peer and a procedure name are needed</source>
        <translation>Il faut un pair et un nom de procédure</translation>
    </message>
    <message>
        <source>Called %1 on %2</source>
        <translation>%1 appelée sur %2</translation>
    </message>
    <message>
        <source>%1 did not list its procedures: %2</source>
        <translation>%1 n’a pas listé ses procédures : %2</translation>
    </message>
    <message>
        <source>%1 sent a procedure list that is not [{name, doc}, …]</source>
        <translation>%1 a envoyé une liste de procédures qui n’est pas [{name, doc}, …]</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers %n procedure(s)</source>
        <translation>
            <numerusform>%1 propose %n procédure</numerusform>
            <numerusform>%1 propose %n procédures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older call(s) dropped</source>
        <translation>
            <numerusform>%n appel plus ancien supprimé</numerusform>
            <numerusform>%n appels plus anciens supprimés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Membre :</translation>
    </message>
    <message>
        <source>Room member to call</source>
        <translation>Membre du salon à appeler</translation>
    </message>
    <message>
        <source>The address of a member of one of your rooms</source>
        <translation>L’adresse d’un membre de l’un de vos salons</translation>
    </message>
    <message>
        <source>Address of a room member</source>
        <translation>Adresse d’un membre du salon</translation>
    </message>
    <message>
        <source>&amp;List Procedures</source>
        <translation>&amp;Lister les procédures</translation>
    </message>
    <message>
        <source>List the member&apos;s procedures</source>
        <translation>Lister les procédures du membre</translation>
    </message>
    <message>
        <source>Procedures of the member</source>
        <translation>Procédures du membre</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procédure :</translation>
    </message>
    <message>
        <source>Procedure to call</source>
        <translation>Procédure à appeler</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Arguments :</translation>
    </message>
    <message>
        <source>Arguments as JSON</source>
        <translation>Arguments en JSON</translation>
    </message>
    <message>
        <source>Any JSON value, e.g. [2, 40] or {&quot;text&quot;: &quot;hi&quot;}; empty for null</source>
        <translation>N’importe quelle valeur JSON, p. ex. [2, 40] ou {&quot;text&quot;: &quot;salut&quot;} ; vide pour null</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Timeout in milliseconds</source>
        <translation>Délai en millisecondes</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Appeler</translation>
    </message>
    <message>
        <source>Call the procedure</source>
        <translation>Appeler la procédure</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Clear the call list</source>
        <translation>Effacer la liste des appels</translation>
    </message>
    <message>
        <source>Remote procedure calls and their results</source>
        <translation>Appels de procédures distantes et leurs résultats</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RpcTrafficModel</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>in</source>
        <comment>rpc direction</comment>
        <translation>entrant</translation>
    </message>
    <message>
        <source>out</source>
        <comment>rpc direction</comment>
        <translation>sortant</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <source>Result / error</source>
        <translation>Résultat / erreur</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latence</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>out: we called the peer; in: the peer called us</source>
        <translation>sortant : nous avons appelé le pair ; entrant : le pair nous a appelés</translation>
    </message>
    <message>
        <source>Our calls: until the result arrived. Calls to us: until we answered</source>
        <translation>Nos appels : jusqu’à l’arrivée du résultat. Appels reçus : jusqu’à notre réponse</translation>
    </message>
    <message>
        <source>pending, ok, error, timeout; received while we work on a call made to us</source>
        <translation>en attente, ok, erreur, délai dépassé ; reçu tant que nous traitons un appel qui nous est adressé</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Move between panels</source>
        <translation>Passer d’un panneau à l’autre</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::SwarmController</name>
    <message>
        <source>Not a host:port: %1</source>
        <translation>Pas un hôte:port : %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>No such peer any more</source>
        <translation>Ce pair n’existe plus</translation>
    </message>
    <message>
        <source>Banned %1</source>
        <translation>%1 banni</translation>
    </message>
    <message numerus="yes">
        <source>Banned %n peer(s)</source>
        <translation>
            <numerusform>%n pair banni</numerusform>
            <numerusform>%n pairs bannis</numerusform>
        </translation>
    </message>
    <message>
        <source>Banned %1 for this session</source>
        <translation>%1 banni pour cette session</translation>
    </message>
    <message numerus="yes">
        <source>Banned %n peer(s) for this session</source>
        <translation>
            <numerusform>%n pair banni pour cette session</numerusform>
            <numerusform>%n pairs bannis pour cette session</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing off from %1</source>
        <translation>Temporisation envers %1</translation>
    </message>
    <message numerus="yes">
        <source>Backing off from %n peer(s)</source>
        <translation>
            <numerusform>Temporisation envers %n pair</numerusform>
            <numerusform>Temporisation envers %n pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected %1</source>
        <translation>%1 déconnecté</translation>
    </message>
    <message numerus="yes">
        <source>Disconnected %n peer(s)</source>
        <translation>
            <numerusform>%n pair déconnecté</numerusform>
            <numerusform>%n pairs déconnectés</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect to…</source>
        <translation>Se &amp;connecter à…</translation>
    </message>
    <message>
        <source>Dial a peer by host and port and keep connected (Ctrl+Shift+K)</source>
        <translation>Appeler un pair par hôte et port et rester connecté (Ctrl+Maj+K)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::SwarmGraphDock</name>
    <message>
        <source>Swarm graph</source>
        <translation>Graphe de l’essaim</translation>
    </message>
    <message>
        <source>Graph summary</source>
        <translation>Résumé du graphe</translation>
    </message>
    <message numerus="yes">
        <source>Lab: %n node(s)</source>
        <translation>
            <numerusform>Labo : %n nœud</numerusform>
            <numerusform>Labo : %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known from peer exchange</source>
        <translation>
            <numerusform>%n connu par échange de pairs</numerusform>
            <numerusform>%n connus par échange de pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peer-relay: %n peer(s)</source>
        <translation>
            <numerusform>peer-relay : %n pair</numerusform>
            <numerusform>peer-relay : %n pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more on message paths</source>
        <translation>
            <numerusform>%n de plus sur les chemins des messages</numerusform>
            <numerusform>%n de plus sur les chemins des messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::SwarmGraphView</name>
    <message>
        <source>Swarm graph</source>
        <translation>Graphe de l’essaim</translation>
    </message>
    <message>
        <source>No peers yet</source>
        <translation>Pas encore de pairs</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) drawn as one; click to show the nearest with its neighbours</source>
        <translation>
            <numerusform>%n pair dessiné comme un seul ; cliquez pour afficher le plus proche avec ses voisins</numerusform>
            <numerusform>%n pairs dessinés comme un seul ; cliquez pour afficher le plus proche avec ses voisins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Swarmscope: %n unread message(s)</source>
        <translation>
            <numerusform>Swarmscope : %n message non lu</numerusform>
            <numerusform>Swarmscope : %n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Swarmscope</source>
        <translation>Swarmscope</translation>
    </message>
    <message>
        <source>Show Swarmscope</source>
        <translation>Afficher Swarmscope</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
</TS>
