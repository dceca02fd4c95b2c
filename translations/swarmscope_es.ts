<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DoctorText</name>
    <message>
        <source>TCP %1 is held by this session</source>
        <translation>TCP %1 está en uso por esta sesión</translation>
    </message>
    <message>
        <source>TCP %1 can be bound (got port %2)</source>
        <translation>TCP %1 se puede enlazar (se obtuvo el puerto %2)</translation>
    </message>
    <message>
        <source>Cannot listen on TCP %1: %2</source>
        <translation>No se puede escuchar en TCP %1: %2</translation>
    </message>
    <message>
        <source>LAN discovery is turned off</source>
        <translation>El descubrimiento en la red local está desactivado</translation>
    </message>
    <message>
        <source>No usable multicast interface %1</source>
        <translation>No hay una interfaz multicast utilizable %1</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <source>Cannot open a UDP socket: %1</source>
        <translation>No se puede abrir un socket UDP: %1</translation>
    </message>
    <message>
        <source>Cannot join %1 on %2: %3</source>
        <translation>No se puede unir a %1 en %2: %3</translation>
    </message>
    <message>
        <source>Multicast on %1 (%2) came back in %3 ms</source>
        <translation>El multicast en %1 (%2) volvió en %3 ms</translation>
    </message>
    <message>
        <source>A multicast probe to %1 on %2 did not come back within %3 ms</source>
        <translation>Una sonda multicast a %1 en %2 no volvió en %3 ms</translation>
    </message>
    <message>
        <source>Cannot send to %1 on %2: %3</source>
        <translation>No se puede enviar a %1 en %2: %3</translation>
    </message>
    <message>
        <source>The DHT is turned off</source>
        <translation>La DHT está desactivada</translation>
    </message>
    <message>
        <source>No bootstrap nodes are configured</source>
        <translation>No hay nodos de arranque configurados</translation>
    </message>
    <message>
        <source>Cannot open a UDP socket on %1: %2</source>
        <translation>No se puede abrir un socket UDP en %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2 ms)</source>
        <translation>%1 (%2 ms)</translation>
    </message>
    <message>
        <source>Bootstrap nodes answered: %1</source>
        <translation>Nodos de arranque que respondieron: %1</translation>
    </message>
    <message>
        <source>No answer within %1 ms from %2</source>
        <translation>Sin respuesta en %1 ms de %2</translation>
    </message>
    <message>
        <source>No bootstrap node answered a ping within %1 ms (%2)</source>
        <translation>Ningún nodo de arranque respondió a un ping en %1 ms (%2)</translation>
    </message>
    <message>
        <source>No manual peers are configured</source>
        <translation>No hay pares manuales configurados</translation>
    </message>
    <message>
        <source>%1 (timed out)</source>
        <translation>%1 (tiempo agotado)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Peers accept TCP connections: %1</source>
        <translation>Pares que aceptan conexiones TCP: %1</translation>
    </message>
    <message>
        <source>No TCP connection within %1 ms to %2</source>
        <translation>Ninguna conexión TCP en %1 ms a %2</translation>
    </message>
    <message>
        <source>The wall clock reads %1, outside the years 2020 to 2100</source>
        <translation>El reloj marca %1, fuera de los años 2020 a 2100</translation>
    </message>
    <message>
        <source>The monotonic clock did not advance in 50 ms</source>
        <translation>El reloj monótono no avanzó en 50 ms</translation>
    </message>
    <message>
        <source>The wall clock reads %1; the monotonic clock advances</source>
        <translation>El reloj marca %1; el reloj monótono avanza</translation>
    </message>
    <message>
        <source>Another program uses this port: stop it or choose another listening port.</source>
        <translation>Otro programa usa este puerto: deténgalo o elija otro puerto de escucha.</translation>
    </message>
    <message>
        <source>Check the listening address: it must belong to this machine.</source>
        <translation>Compruebe la dirección de escucha: debe pertenecer a esta máquina.</translation>
    </message>
    <message>
        <source>Turn LAN discovery on to find peers on the local network without the DHT.</source>
        <translation>Active el descubrimiento en la red local para encontrar pares sin la DHT.</translation>
    </message>
    <message>
        <source>Choose an existing network interface for LAN discovery.</source>
        <translation>Elija una interfaz de red existente para el descubrimiento local.</translation>
    </message>
    <message>
        <source>The interface may not support multicast: choose another one or rely on the DHT.</source>
        <translation>Puede que la interfaz no admita multicast: elija otra o confíe en la DHT.</translation>
    </message>
    <message>
        <source>A firewall may drop multicast (UDP to 224.0.0.251), or the interface is down.</source>
        <translation>Puede que un cortafuegos descarte el multicast (UDP a 224.0.0.251), o la interfaz está caída.</translation>
    </message>
    <message>
        <source>The interface has no route for multicast: choose another one.</source>
        <translation>La interfaz no tiene ruta para multicast: elija otra.</translation>
    </message>
    <message>
        <source>Without the DHT, rooms find peers only on the LAN or through manual peers.</source>
        <translation>Sin la DHT, las salas solo encuentran pares en la red local o mediante pares manuales.</translation>
    </message>
    <message>
        <source>Add at least one DHT bootstrap node, or the DHT can only learn peers that contact us.</source>
        <translation>Añada al menos un nodo de arranque DHT; si no, la DHT solo conocerá pares que nos contacten.</translation>
    </message>
    <message>
        <source>Some bootstrap nodes are down or unreachable; the DHT still works through the others.</source>
        <translation>Algunos nodos de arranque están caídos o inalcanzables; la DHT sigue funcionando con los demás.</translation>
    </message>
    <message>
        <source>Check that UDP traffic is allowed out and that the bootstrap addresses are right.</source>
        <translation>Compruebe que el tráfico UDP saliente está permitido y que las direcciones de arranque son correctas.</translation>
    </message>
    <message>
        <source>Check the peer addresses and that those peers are running and reachable.</source>
        <translation>Compruebe las direcciones de los pares y que estén en marcha y sean alcanzables.</translation>
    </message>
    <message>
        <source>Set the system date and time (turn on network time): message times and replay checks depend on it.</source>
        <translation>Ajuste la fecha y hora del sistema (active la hora de red): las horas de los mensajes y la detección de repeticiones dependen de ello.</translation>
    </message>
    <message>
        <source>The system timer is broken; timeouts and retries will not work.</source>
        <translation>El temporizador del sistema está averiado; los tiempos de espera y los reintentos no funcionarán.</translation>
    </message>
    <message>
        <source>Reachable from the internet at %1</source>
        <translation>Accesible desde internet en %1</translation>
    </message>
    <message>
        <source>The internet sees our own address %1: no NAT</source>
        <translation>Internet ve nuestra propia dirección %1: sin NAT</translation>
    </message>
    <message>
        <source>Behind a NAT at %1 that keeps our ports: nothing reaches us unasked</source>
        <translation>Detrás de un NAT en %1 que conserva nuestros puertos: nada nos llega sin pedirlo</translation>
    </message>
    <message>
        <source>Behind a NAT at %1 that picks a new port for every destination</source>
        <translation>Detrás de un NAT en %1 que elige un puerto nuevo para cada destino</translation>
    </message>
    <message>
        <source>The external address is not known: fewer than two observers told us</source>
        <translation>La dirección externa es desconocida: nos la dijeron menos de dos observadores</translation>
    </message>
    <message>
        <source>Port mapping is turned off</source>
        <translation>La asignación de puertos está desactivada</translation>
    </message>
    <message>
        <source>The listening port is chosen anew at each start</source>
        <translation>El puerto de escucha se elige de nuevo en cada inicio</translation>
    </message>
    <message>
        <source>The router mapped our ports with %1 at %2</source>
        <translation>El router asignó nuestros puertos con %1 en %2</translation>
    </message>
    <message>
        <source>No router mapped our ports: %1</source>
        <translation>Ningún router asignó nuestros puertos: %1</translation>
    </message>
    <message>
        <source>If peers still cannot connect, a firewall drops them: allow TCP port %1 in.</source>
        <translation>Si los pares siguen sin poder conectarse, un cortafuegos los descarta: permita la entrada al puerto TCP %1.</translation>
    </message>
    <message>
        <source>Turn on UPnP or NAT-PMP in the router, or forward TCP port %1 to this computer; until then only peers that can be reached themselves connect to you.</source>
        <translation>Active UPnP o NAT-PMP en el router, o redirija el puerto TCP %1 a este equipo; hasta entonces solo se conectan con usted los pares que son accesibles ellos mismos.</translation>
    </message>
    <message>
        <source>This kind of router (&quot;symmetric NAT&quot;) defeats hole punching: turn on UPnP or NAT-PMP, forward TCP port %1 by hand, or use a relay node.</source>
        <translation>Este tipo de router («NAT simétrico») impide la perforación de NAT: active UPnP o NAT-PMP, redirija el puerto TCP %1 a mano o use un nodo de retransmisión.</translation>
    </message>
    <message>
        <source>Add at least two DHT bootstrap nodes or join a room with peers on the internet: two observers on different addresses must agree before an address counts.</source>
        <translation>Añada al menos dos nodos de arranque DHT o únase a una sala con pares en internet: dos observadores en direcciones distintas deben coincidir antes de que una dirección cuente.</translation>
    </message>
    <message>
        <source>Turn port mapping on, or forward TCP port %1 on the router by hand.</source>
        <translation>Active la asignación de puertos, o redirija el puerto TCP %1 en el router a mano.</translation>
    </message>
    <message>
        <source>Set a fixed listening port (for example 0.0.0.0:7000) so that a mapped or forwarded port stays valid.</source>
        <translation>Fije un puerto de escucha (por ejemplo 0.0.0.0:7000) para que un puerto asignado o redirigido siga siendo válido.</translation>
    </message>
    <message>
        <source>Turn on UPnP or NAT-PMP in the router&apos;s settings, or forward TCP port %1 by hand. Behind a second NAT (your provider&apos;s), mapping cannot help: use a relay node.</source>
        <translation>Active UPnP o NAT-PMP en la configuración del router, o redirija el puerto TCP %1 a mano. Detrás de un segundo NAT (el de su proveedor) la asignación no sirve: use un nodo de retransmisión.</translation>
    </message>
    <message>
        <source>Reachable from the internet: no relay is needed</source>
        <translation>Accesible desde Internet: no hace falta ningún relé</translation>
    </message>
    <message>
        <source>A relay carries connections for us: %1</source>
        <translation>Un relé transporta conexiones para nosotros: %1</translation>
    </message>
    <message>
        <source>No relay holds a slot for us (named: %1)</source>
        <translation>Ningún relé nos reserva un hueco (indicados: %1)</translation>
    </message>
    <message>
        <source>No relay node is named</source>
        <translation>No se ha indicado ningún nodo relé</translation>
    </message>
    <message>
        <source>Relay nodes named: %1; a running session asks them for a slot</source>
        <translation>Nodos relé indicados: %1; una sesión en marcha les pide un hueco</translation>
    </message>
    <message>
        <source>Name a relay node (for example --relay-node 203.0.113.10:7000): peers that cannot connect to you directly reach you through it.</source>
        <translation>Indique un nodo relé (por ejemplo --relay-node 203.0.113.10:7000): los pares que no pueden conectarse directamente con usted le alcanzan a través de él.</translation>
    </message>
    <message>
        <source>Check that the relay nodes run with --relay and can be reached from here; until one holds a slot, peers behind other routers cannot reach you.</source>
        <translation>Compruebe que los nodos relé se ejecutan con --relay y son accesibles desde aquí; mientras ninguno le reserve un hueco, los pares detrás de otros routers no pueden alcanzarle.</translation>
    </message>
    <message>
        <source>Peers can dial us: no hole punching needed</source>
        <translation>Los pares pueden conectarse a nosotros: no hace falta perforar el NAT</translation>
    </message>
    <message>
        <source>Hole punching is turned off</source>
        <translation>La perforación de NAT está desactivada</translation>
    </message>
    <message>
        <source>%1 of %2 hole-punch attempts gave a direct connection</source>
        <translation>%1 de %2 intentos de perforación dieron una conexión directa</translation>
    </message>
    <message>
        <source>None of %1 hole-punch attempts gave a direct connection (last: %2)</source>
        <translation>Ninguno de los %1 intentos de perforación dio una conexión directa (último: %2)</translation>
    </message>
    <message>
        <source>Our NAT picks a new port for every destination: hole punching cannot work from here</source>
        <translation>Nuestro NAT elige un puerto nuevo para cada destino: la perforación no puede funcionar desde aquí</translation>
    </message>
    <message>
        <source>Our NAT keeps our ports: hole punching can reach peers whose routers do the same (none tried yet)</source>
        <translation>Nuestro NAT conserva nuestros puertos: la perforación puede llegar a pares cuyos routers hacen lo mismo (aún sin intentos)</translation>
    </message>
    <message>
        <source>Our NAT&apos;s behaviour is not known yet, so neither is whether a hole can be punched</source>
        <translation>Aún no se conoce el comportamiento de nuestro NAT, ni por tanto si se puede perforar</translation>
    </message>
    <message>
        <source>Connections with peers behind other routers go through a relay: name one with --relay-node, or turn on UPnP or NAT-PMP in the router.</source>
        <translation>Las conexiones con pares detrás de otros routers pasan por un relé: indique uno con --relay-node, o active UPnP o NAT-PMP en el router.</translation>
    </message>
    <message>
        <source>The other side&apos;s router may change ports, or a firewall here drops the other side&apos;s connection attempt. Relayed connections keep working; for direct ones turn on UPnP or NAT-PMP in the router.</source>
        <translation>Puede que el router del otro lado cambie de puerto, o que un cortafuegos aquí descarte su intento de conexión. Las conexiones por relé siguen funcionando; para conexiones directas active UPnP o NAT-PMP en el router.</translation>
    </message>
    <message>
        <source>Join a room with peers on the internet, or name two DHT bootstrap nodes, so that two observers can tell where we stand.</source>
        <translation>Únase a una sala con pares en Internet, o indique dos nodos de arranque DHT, para que dos observadores puedan decir dónde estamos.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No error.</source>
        <translation>Sin errores.</translation>
    </message>
    <message>
        <source>A file or socket could not be read or written.</source>
        <translation>No se pudo leer o escribir un archivo o un socket.</translation>
    </message>
    <message>
        <source>The address is already in use.</source>
        <translation>La dirección ya está en uso.</translation>
    </message>
    <message>
        <source>The address is not valid.</source>
        <translation>La dirección no es válida.</translation>
    </message>
    <message>
        <source>The identity seed is not valid.</source>
        <translation>La semilla de identidad no es válida.</translation>
    </message>
    <message>
        <source>The checksum does not match.</source>
        <translation>La suma de verificación no coincide.</translation>
    </message>
    <message>
        <source>A profile file is damaged and was left untouched.</source>
        <translation>Un archivo del perfil está dañado y no se ha tocado.</translation>
    </message>
    <message>
        <source>The secure handshake failed.</source>
        <translation>Falló el saludo seguro.</translation>
    </message>
    <message>
        <source>The secure handshake timed out.</source>
        <translation>El saludo seguro agotó el tiempo.</translation>
    </message>
    <message>
        <source>A peer sent a frame that is too large.</source>
        <translation>Un par envió una trama demasiado grande.</translation>
    </message>
    <message>
        <source>A message could not be decrypted.</source>
        <translation>No se pudo descifrar un mensaje.</translation>
    </message>
    <message>
        <source>A malformed message was received.</source>
        <translation>Se recibió un mensaje mal formado.</translation>
    </message>
    <message>
        <source>A message of unknown type was received.</source>
        <translation>Se recibió un mensaje de tipo desconocido.</translation>
    </message>
    <message>
        <source>A message carried a bad signature.</source>
        <translation>Un mensaje llevaba una firma no válida.</translation>
    </message>
    <message>
        <source>You are not in that room.</source>
        <translation>No estás en esa sala.</translation>
    </message>
    <message>
        <source>This was already done.</source>
        <translation>Esto ya estaba hecho.</translation>
    </message>
    <message>
        <source>A redundant connection was closed.</source>
        <translation>Se cerró una conexión redundante.</translation>
    </message>
    <message>
        <source>That is your own address.</source>
        <translation>Esa es tu propia dirección.</translation>
    </message>
    <message>
        <source>Not connected to anyone in this room.</source>
        <translation>No hay conexión con nadie de esta sala.</translation>
    </message>
    <message>
        <source>The connection could not be established.</source>
        <translation>No se pudo establecer la conexión.</translation>
    </message>
    <message>
        <source>The operation timed out.</source>
        <translation>La operación agotó el tiempo.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La conexión se cerró.</translation>
    </message>
    <message>
        <source>The peer is banned.</source>
        <translation>El par está bloqueado.</translation>
    </message>
    <message>
        <source>The peer is not on the allow list.</source>
        <translation>El par no está en la lista de permitidos.</translation>
    </message>
    <message>
        <source>A connection limit was reached.</source>
        <translation>Se alcanzó un límite de conexiones.</translation>
    </message>
    <message>
        <source>The request is not valid.</source>
        <translation>La solicitud no es válida.</translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Demasiadas solicitudes; inténtalo más tarde.</translation>
    </message>
    <message>
        <source>A message was too old or dated in the future.</source>
        <translation>Un mensaje era demasiado antiguo o tenía fecha futura.</translation>
    </message>
    <message>
        <source>Unknown error.</source>
        <translation>Error desconocido.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>error message (untranslated detail)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A file chunk arrived for a transfer that does not exist.</source>
        <translation>Llegó un fragmento de archivo para una transferencia que no existe.</translation>
    </message>
    <message>
        <source>A file chunk was outside the file.</source>
        <translation>Un fragmento de archivo estaba fuera del archivo.</translation>
    </message>
    <message>
        <source>The received file did not match its hash and was discarded.</source>
        <translation>El archivo recibido no coincidía con su hash y se descartó.</translation>
    </message>
    <message>
        <source>A file name contained a folder or &quot;..&quot;.</source>
        <translation>Un nombre de archivo contenía una carpeta o &quot;..&quot;.</translation>
    </message>
    <message>
        <source>A file name was too long or contained control characters.</source>
        <translation>Un nombre de archivo era demasiado largo o contenía caracteres de control.</translation>
    </message>
    <message>
        <source>The file is larger than the largest accepted size.</source>
        <translation>El archivo supera el tamaño máximo aceptado.</translation>
    </message>
    <message>
        <source>The peer is blocked.</source>
        <translation>El par está bloqueado.</translation>
    </message>
    <message>
        <source>A display name was too long or contained control characters.</source>
        <translation>Un nombre visible era demasiado largo o contenía caracteres de control.</translation>
    </message>
    <message>
        <source>A display name was not signed by the peer&apos;s key.</source>
        <translation>Un nombre visible no estaba firmado con la clave del par.</translation>
    </message>
</context>
<context>
    <name>EventFilter</name>
    <message>
        <source>Quote opened at column %1 is never closed</source>
        <translation>La comilla abierta en la columna %1 no se cierra</translation>
    </message>
    <message>
        <source>A field name is missing before column %1</source>
        <translation>Falta un nombre de campo antes de la columna %1</translation>
    </message>
    <message>
        <source>A value is missing at column %1</source>
        <translation>Falta un valor en la columna %1</translation>
    </message>
    <message>
        <source>A number is expected at column %1</source>
        <translation>Se esperaba un número en la columna %1</translation>
    </message>
    <message>
        <source>Nothing to negate after &quot;-&quot; at column %1</source>
        <translation>Nada que negar tras «-» en la columna %1</translation>
    </message>
</context>
<context>
    <name>PacketHexView</name>
    <message numerus="yes">
        <source>… %n more byte(s)</source>
        <translation>
            <numerusform>… %n byte más</numerusform>
            <numerusform>… %n bytes más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Network &amp;Doctor…</source>
        <translation>&amp;Diagnóstico de red…</translation>
    </message>
    <message>
        <source>me</source>
        <translation>yo</translation>
    </message>
</context>
<context>
    <name>StateWords</name>
    <message>
        <source>connecting</source>
        <comment>connection state</comment>
        <translation>conectando</translation>
    </message>
    <message>
        <source>handshaking</source>
        <comment>connection state</comment>
        <translation>negociando</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>connection state</comment>
        <translation>conectado</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>connection state</comment>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>queued</source>
        <comment>candidate state</comment>
        <translation>en cola</translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>candidate state</comment>
        <translation>conectando</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>candidate state</comment>
        <translation>conectado</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>candidate state</comment>
        <translation>esperando</translation>
    </message>
    <message>
        <source>dropped</source>
        <comment>candidate state</comment>
        <translation>descartado</translation>
    </message>
    <message>
        <source>banned</source>
        <comment>candidate state</comment>
        <translation>bloqueado</translation>
    </message>
    <message>
        <source>added by hand</source>
        <comment>peer source</comment>
        <translation>añadido a mano</translation>
    </message>
    <message>
        <source>local network</source>
        <comment>peer source</comment>
        <translation>red local</translation>
    </message>
    <message>
        <source>peer exchange</source>
        <comment>peer source</comment>
        <translation>intercambio de pares</translation>
    </message>
    <message>
        <source>peer book</source>
        <comment>peer source</comment>
        <translation>libreta de pares</translation>
    </message>
    <message>
        <source>dialled us</source>
        <comment>peer source</comment>
        <translation>nos llamó</translation>
    </message>
    <message>
        <source>in-process</source>
        <comment>transport</comment>
        <translation>en proceso</translation>
    </message>
    <message>
        <source>handshaking</source>
        <comment>candidate state</comment>
        <translation>negociando</translation>
    </message>
    <message>
        <source>local service discovery</source>
        <comment>peer source</comment>
        <translation>descubrimiento de servicios local (BEP 14)</translation>
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
        <translation>hace %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>hace %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>hace %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>hace %1 d</translation>
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
        <translation>Tu dirección</translation>
    </message>
    <message>
        <source>Your address: give it to others so they can recognise you</source>
        <translation>Tu dirección: compártela para que te reconozcan</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy your address to the clipboard</source>
        <translation>Copiar tu dirección al portapapeles</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::AppearancePage</name>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::BlockedPeersDialog</name>
    <message>
        <source>Blocked Peers</source>
        <translation>Pares bloqueados</translation>
    </message>
    <message>
        <source>Messages, files and calls from these peers are dropped; they show only in the packet inspector.</source>
        <translation>Los mensajes, archivos y llamadas de estos pares se descartan; solo aparecen en el inspector de paquetes.</translation>
    </message>
    <message>
        <source>Blocked peers</source>
        <translation>Pares bloqueados</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::CandidateTableModel</name>
    <message>
        <source>Added by hand: kept connected and never dropped</source>
        <translation>Añadido a mano: se mantiene conectado y nunca se descarta</translation>
    </message>
    <message>
        <source>A local or private address</source>
        <translation>Una dirección local o privada</translation>
    </message>
    <message>
        <source>Host:port</source>
        <translation>Host:puerto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Where the endpoint was found: lan, dht, pex, book, manual or inbound</source>
        <translation>Dónde se encontró el extremo: lan, dht, pex, book, manual o inbound</translation>
    </message>
    <message>
        <source>Who told us about it</source>
        <translation>Quién nos lo indicó</translation>
    </message>
    <message>
        <source>queued, connecting, connected, waiting (for a retry), dropped or banned</source>
        <translation>en cola, conectando, conectado, esperando (un reintento), descartado o bloqueado</translation>
    </message>
    <message>
        <source>Failed dials so far</source>
        <translation>Llamadas fallidas hasta ahora</translation>
    </message>
    <message>
        <source>The peer&apos;s address, once a connection proved it</source>
        <translation>La dirección del par, una vez probada por una conexión</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ChatMessageModel</name>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 a las %2: %3</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (esperando para enviarse)</translation>
    </message>
    <message>
        <source>%1 (sent)</source>
        <translation>%1 (enviado)</translation>
    </message>
    <message>
        <source>%1 (delivered)</source>
        <translation>%1 (entregado)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ChatPanel</name>
    <message>
        <source>Direct messages with %1</source>
        <translation>Mensajes directos con %1</translation>
    </message>
    <message>
        <source>No room selected</source>
        <translation>Ninguna sala seleccionada</translation>
    </message>
    <message>
        <source>Join a room on the left to start chatting.</source>
        <translation>Únete a una sala a la izquierda para empezar a chatear.</translation>
    </message>
    <message>
        <source>Waiting for others to join…</source>
        <translation>Esperando a que se unan otros…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) seen</source>
        <translation>
            <numerusform>%n miembro visto</numerusform>
            <numerusform>%n miembros vistos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n connected</source>
        <translation>
            <numerusform> · %n conectado</numerusform>
            <numerusform> · %n conectados</numerusform>
        </translation>
    </message>
    <message>
        <source>Message %1 directly</source>
        <translation>Escribir directamente a %1</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Escribir en %1</translation>
    </message>
    <message>
        <source>Join a room to chat</source>
        <translation>Únete a una sala para chatear</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Message to send</source>
        <translation>Mensaje para enviar</translation>
    </message>
    <message>
        <source>Type a message and press Enter to send it (Ctrl+L)</source>
        <translation>Escribe un mensaje y pulsa Intro para enviarlo (Ctrl+L)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send message</source>
        <translation>Enviar mensaje</translation>
    </message>
    <message>
        <source>&amp;Find in History…</source>
        <translation>&amp;Buscar en el historial…</translation>
    </message>
    <message>
        <source>Search the messages of the current room (Ctrl+F)</source>
        <translation>Buscar en los mensajes de la sala actual (Ctrl+F)</translation>
    </message>
    <message>
        <source>Send direct message to the author</source>
        <translation>Enviar un mensaje directo al autor</translation>
    </message>
    <message>
        <source>Send Files</source>
        <translation>Enviar archivos</translation>
    </message>
    <message>
        <source>Send File…</source>
        <translation>Enviar archivo…</translation>
    </message>
    <message>
        <source>Send a file</source>
        <translation>Enviar un archivo</translation>
    </message>
    <message>
        <source>Offer a file to the room or the person shown (or drop files onto the chat)</source>
        <translation>Ofrecer un archivo a la sala o a la persona mostrada (o soltar archivos en el chat)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ChatSearchBar</name>
    <message>
        <source>Search the history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Search the chat history</source>
        <translation>Buscar en el historial del chat</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close the search (Escape)</source>
        <translation>Cerrar la búsqueda (Esc)</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Cerrar la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>%n older match(es) not loaded</source>
        <translation>
            <numerusform>%n coincidencia anterior sin cargar</numerusform>
            <numerusform>%n coincidencias anteriores sin cargar</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <source> (%n older not loaded)</source>
        <translation>
            <numerusform> (%n anterior sin cargar)</numerusform>
            <numerusform> (%n anteriores sin cargar)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ConnectDialog</name>
    <message>
        <source>Connect to a Peer</source>
        <translation>Conectar con un par</translation>
    </message>
    <message>
        <source>&amp;Host and port of the peer:</source>
        <translation>&amp;Host y puerto del par:</translation>
    </message>
    <message>
        <source>192.0.2.7:40000 or [2001:db8::7]:40000</source>
        <translation>192.0.2.7:40000 o [2001:db8::7]:40000</translation>
    </message>
    <message>
        <source>Host and port to connect to</source>
        <translation>Host y puerto al que conectar</translation>
    </message>
    <message>
        <source>Expected host:port with a port from 1 to 65535</source>
        <translation>Se esperaba host:puerto con un puerto de 1 a 65535</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ConnectionStatsDock</name>
    <message>
        <source>Connection stats</source>
        <translation>Estadísticas de conexión</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>All peers</source>
        <translation>Todos los pares</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Ventana de tiempo</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>&amp;Peer:</source>
        <translation>&amp;Par:</translation>
    </message>
    <message>
        <source>Bytes per second</source>
        <translation>Bytes por segundo</translation>
    </message>
    <message>
        <source>B/s</source>
        <translation>B/s</translation>
    </message>
    <message>
        <source>Messages per second</source>
        <translation>Mensajes por segundo</translation>
    </message>
    <message>
        <source>msg/s</source>
        <translation>msj/s</translation>
    </message>
    <message>
        <source>Round-trip time</source>
        <translation>Tiempo de ida y vuelta</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>out</source>
        <translation>salida</translation>
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
        <translation>Aún no hay mensajes</translation>
    </message>
    <message>
        <source>Direct messages with %1</source>
        <translation>Mensajes directos con %1</translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Conversación con %1</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n sin leer</numerusform>
            <numerusform>, %n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DhtBucketModel</name>
    <message>
        <source>Bucket %1</source>
        <translation>Cubeta %1</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n replacement(s)</source>
        <translation>
            <numerusform>, %n reemplazo</numerusform>
            <numerusform>, %n reemplazos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nodes whose ids share the first %n bit(s) with ours</source>
        <translation>
            <numerusform>Nodos cuyo id comparte el primer bit con el nuestro</numerusform>
            <numerusform>Nodos cuyo id comparte los primeros %n bits con el nuestro</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (replacement)</source>
        <translation>%1 (reemplazo)</translation>
    </message>
    <message>
        <source>%1
Waiting in the replacement cache for a place in the bucket</source>
        <translation>%1
Esperando en la caché de reemplazos un lugar en la cubeta</translation>
    </message>
    <message>
        <source>Queries in a row that got no answer</source>
        <translation>Consultas seguidas sin respuesta</translation>
    </message>
    <message>
        <source>Bucket / node id</source>
        <translation>Cubeta / id de nodo</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Extremo</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fallos</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DhtLookupModel</name>
    <message>
        <source>(no room)</source>
        <translation>(sin sala)</translation>
    </message>
    <message>
        <source>looking up</source>
        <translation>buscando</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>terminando</translation>
    </message>
    <message>
        <source>The room&apos;s key on the DHT: the first 20 bytes of its topic hash</source>
        <translation>La clave de la sala en la DHT: los primeros 20 bytes del hash de su tema</translation>
    </message>
    <message>
        <source>Infohash</source>
        <translation>Infohash</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Peers found</source>
        <translation>Pares encontrados</translation>
    </message>
    <message>
        <source>Datagrams</source>
        <translation>Datagramas</translation>
    </message>
    <message>
        <source>Last round</source>
        <translation>Última ronda</translation>
    </message>
    <message>
        <source>Peers the last round found</source>
        <translation>Pares encontrados en la última ronda</translation>
    </message>
    <message>
        <source>Datagrams the last round sent</source>
        <translation>Datagramas enviados en la última ronda</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DhtPanel</name>
    <message>
        <source>Node %1 on UDP port %2</source>
        <translation>Nodo %1 en el puerto UDP %2</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) in the routing table</source>
        <translation>
            <numerusform>%n nodo en la tabla de enrutamiento</numerusform>
            <numerusform>%n nodos en la tabla de enrutamiento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n replacement(s) waiting)</source>
        <translation>
            <numerusform> (%n reemplazo en espera)</numerusform>
            <numerusform> (%n reemplazos en espera)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lookup(s) running</source>
        <translation>
            <numerusform>%n búsqueda en curso</numerusform>
            <numerusform>%n búsquedas en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 datagrams in, %2 out</source>
        <translation>%1 datagramas recibidos, %2 enviados</translation>
    </message>
    <message numerus="yes">
        <source>%n infohash(es) stored for others</source>
        <translation>
            <numerusform>%n infohash guardado para otros</numerusform>
            <numerusform>%n infohashes guardados para otros</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rechazados</translation>
    </message>
    <message>
        <source>bootstrapping…</source>
        <translation>arrancando…</translation>
    </message>
    <message>
        <source>The DHT is off. Start Swarmscope without --no-dht to find rooms across the internet.</source>
        <translation>La DHT está desactivada. Inicia Swarmscope sin --no-dht para encontrar salas en Internet.</translation>
    </message>
    <message>
        <source>DHT routing table</source>
        <translation>Tabla de enrutamiento DHT</translation>
    </message>
    <message>
        <source>DHT lookups</source>
        <translation>Búsquedas DHT</translation>
    </message>
    <message>
        <source>DHT datagrams rejected by reason</source>
        <translation>Datagramas DHT rechazados, por motivo</translation>
    </message>
    <message>
        <source>Rejected because</source>
        <translation>Rechazado porque</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DoctorDialog</name>
    <message>
        <source>Network Doctor</source>
        <translation>Diagnóstico de red</translation>
    </message>
    <message>
        <source>Doctor summary</source>
        <translation>Resumen del diagnóstico</translation>
    </message>
    <message>
        <source>Doctor checks</source>
        <translation>Comprobaciones del diagnóstico</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Everything looks fine.</source>
        <translation>Todo parece correcto.</translation>
    </message>
    <message>
        <source>Working, with warnings: see the advice below.</source>
        <translation>Funciona, con avisos: consulta los consejos de abajo.</translation>
    </message>
    <message>
        <source>Something is broken: see the advice below.</source>
        <translation>Algo falla: consulta los consejos de abajo.</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::DoctorReportModel</name>
    <message>
        <source>Listening port</source>
        <translation>Puerto de escucha</translation>
    </message>
    <message>
        <source>LAN multicast</source>
        <translation>Multidifusión LAN</translation>
    </message>
    <message>
        <source>DHT bootstrap</source>
        <translation>Arranque de la DHT</translation>
    </message>
    <message>
        <source>Manual peers</source>
        <translation>Pares manuales</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Port mapping</source>
        <translation>Asignación de puertos</translation>
    </message>
    <message>
        <source>Relays</source>
        <translation>Relés</translation>
    </message>
    <message>
        <source>Hole punching</source>
        <translation>Perforación de NAT</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::EventLogFileWindow</name>
    <message numerus="yes">
        <source>%n event(s) from %1</source>
        <translation>
            <numerusform>%n evento de %1</numerusform>
            <numerusform>%n eventos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed line(s) skipped, the first at line %1</source>
        <translation>
            <numerusform>%n línea mal formada omitida, la primera en la línea %1</numerusform>
            <numerusform>%n líneas mal formadas omitidas, la primera en la línea %1</numerusform>
        </translation>
    </message>
    <message>
        <source>only the first %1 events are shown</source>
        <translation>solo se muestran los primeros %1 eventos</translation>
    </message>
    <message>
        <source>Event log (read-only)</source>
        <translation>Registro de eventos (solo lectura)</translation>
    </message>
    <message>
        <source>%1 — event log (read-only)</source>
        <translation>%1 — registro de eventos (solo lectura)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Room or topic</source>
        <translation>Sala o tema</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::EventLogPanel</name>
    <message>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>Líneas JSON (*.jsonl);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n evento exportado a %1</numerusform>
            <numerusform>%n eventos exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export events: %1</source>
        <translation>No se pudieron exportar los eventos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n older event(s) dropped</source>
        <translation>
            <numerusform>%n evento anterior descartado</numerusform>
            <numerusform>%n eventos anteriores descartados</numerusform>
        </translation>
    </message>
    <message>
        <source>Terms separated by spaces must all match:
  word          anywhere in the event
  field:text    field contains text (kind, peer, room, reason, any field)
  field&gt;n  field&lt;n  field=n    numeric comparison
  -term         negates a term; &quot;quotes&quot; keep spaces
Example: kind:rpc peer:bYSk rtt&gt;100</source>
        <translation>Todos los términos separados por espacios deben coincidir:
  palabra       en cualquier parte del evento
  campo:texto   el campo contiene el texto (kind, peer, room, reason, cualquier campo)
  campo&gt;n  campo&lt;n  campo=n    comparación numérica
  -término      niega un término; las &quot;comillas&quot; conservan los espacios
Ejemplo: kind:rpc peer:bYSk rtt&gt;100</translation>
    </message>
    <message>
        <source>Filter events, e.g. kind:connection -peer:bYSk</source>
        <translation>Filtrar eventos, p. ej. kind:connection -peer:bYSk</translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation>Filtrar eventos</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Keep the newest event in view</source>
        <translation>Mantener visible el evento más reciente</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Clear event log</source>
        <translation>Vaciar el registro de eventos</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export events as JSON lines</source>
        <translation>Exportar eventos como líneas JSON</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
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
        <translation>a %1</translation>
    </message>
    <message numerus="yes">
        <source>to %n member(s) of %1</source>
        <translation>
            <numerusform>a %n miembro de %1</numerusform>
            <numerusform>a %n miembros de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>size · type · sender or recipients</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Offered to you</source>
        <translation>Ofrecido a ti</translation>
    </message>
    <message>
        <source>Waiting for an answer</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <source>Paused: reconnecting…</source>
        <translation>En pausa: reconectando…</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Guardado como %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <translation>Falló (%1)</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 · %4 left</source>
        <comment>bytes of size · rate · time left</comment>
        <translation>%1 de %2 · %3 · quedan %4</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Accept the file</source>
        <translation>Aceptar el archivo</translation>
    </message>
    <message>
        <source>Decline the file</source>
        <translation>Rechazar el archivo</translation>
    </message>
    <message>
        <source>Cancel the transfer</source>
        <translation>Cancelar la transferencia</translation>
    </message>
    <message>
        <source>Transfer progress</source>
        <translation>Progreso de la transferencia</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::FileTransferController</name>
    <message>
        <source>%1 was not sent: %2</source>
        <translation>%1 no se envió: %2</translation>
    </message>
    <message>
        <source>Offered %1</source>
        <translation>%1 ofrecido</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::FilesPage</name>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>The download folder must be a full path, not &apos;%1&apos;.</source>
        <translation>La carpeta de descargas debe ser una ruta completa, no «%1».</translation>
    </message>
    <message>
        <source>The download folder &apos;%1&apos; is a file.</source>
        <translation>La carpeta de descargas «%1» es un archivo.</translation>
    </message>
    <message>
        <source>Download folder</source>
        <translation>Carpeta de descargas</translation>
    </message>
    <message>
        <source>&amp;Download folder:</source>
        <translation>Carpeta de &amp;descargas:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Largest file accepted:</source>
        <translation>&amp;Mayor archivo aceptado:</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Offers of larger files are refused</source>
        <translation>Las ofertas de archivos más grandes se rechazan</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::HistoryExporter</name>
    <message>
        <source>Pick a room to export its history</source>
        <translation>Elija una sala para exportar su historial</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Plain text (*.txt)</source>
        <translation>Texto plano (*.txt)</translation>
    </message>
    <message>
        <source>Export the History of %1</source>
        <translation>Exportar el historial de %1</translation>
    </message>
    <message>
        <source>History not exported: %1</source>
        <translation>Historial no exportado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n message(s) of %1 to %2</source>
        <translation>
            <numerusform>%n mensaje de %1 escrito en %2</numerusform>
            <numerusform>%n mensajes de %1 escritos en %2</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export Room History…</source>
        <translation>&amp;Exportar historial de la sala…</translation>
    </message>
    <message>
        <source>Save the current room&apos;s history as JSON or plain text</source>
        <translation>Guardar el historial de la sala actual como JSON o texto plano</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::IdentityDialog</name>
    <message>
        <source>Seed copied. Anyone who has it can act as you.</source>
        <translation>Semilla copiada. Quien la tenga puede actuar como usted.</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>No exportado: %1</translation>
    </message>
    <message>
        <source>Exported to %1. Keep it private: anyone who has it can act as you.</source>
        <translation>Exportado a %1. Manténgalo en privado: quien lo tenga puede actuar como usted.</translation>
    </message>
    <message>
        <source>Export identity</source>
        <translation>Exportar identidad</translation>
    </message>
    <message>
        <source>Not an identity file: %1</source>
        <translation>No es un archivo de identidad: %1</translation>
    </message>
    <message>
        <source>Import identity</source>
        <translation>Importar identidad</translation>
    </message>
    <message>
        <source>Paste a seed string, or load one from a file.</source>
        <translation>Pegue una semilla o cárguela desde un archivo.</translation>
    </message>
    <message>
        <source>Not a seed string: %1</source>
        <translation>No es una semilla: %1</translation>
    </message>
    <message>
        <source>This is already your identity.</source>
        <translation>Ya es su identidad.</translation>
    </message>
    <message>
        <source>Identity %1, fingerprint %2</source>
        <translation>Identidad %1, huella %2</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No importado: %1</translation>
    </message>
    <message>
        <source>Imported %1. Restart Swarmscope to use it; the identity it replaces is kept as identity.seed.previous in the profile.</source>
        <translation>%1 importada. Reinicie Swarmscope para usarla; la identidad reemplazada se conserva en el perfil como identity.seed.previous.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Export to file…</source>
        <translation>Exportar a archivo…</translation>
    </message>
    <message>
        <source>Import an identity</source>
        <translation>Importar una identidad</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Desde archivo…</translation>
    </message>
    <message>
        <source>I will not run this identity anywhere else at the same time: two running copies of one identity fight over its connections.</source>
        <translation>No usaré esta identidad en otro lugar al mismo tiempo: dos copias en marcha de una identidad se disputan sus conexiones.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::InspectorTools</name>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Open event log</source>
        <translation>Abrir registro de eventos</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>Líneas JSON (*.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Packets</source>
        <translation>Paquetes</translation>
    </message>
    <message>
        <source>Show Packet &amp;Inspector</source>
        <translation>Mostrar el &amp;inspector de paquetes</translation>
    </message>
    <message>
        <source>&amp;Open Event Log…</source>
        <translation>&amp;Abrir registro de eventos…</translation>
    </message>
    <message>
        <source>Browse an exported event log (JSON lines), read-only</source>
        <translation>Examinar un registro de eventos exportado (líneas JSON), de solo lectura</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::LabDock</name>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Number of nodes</source>
        <translation>Número de nodos</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Nombre de la sala</translation>
    </message>
    <message>
        <source>Partition fraction</source>
        <translation>Fracción de la partición</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>&amp;Nodos:</translation>
    </message>
    <message>
        <source>&amp;Latency (one way):</source>
        <translation>&amp;Latencia (un sentido):</translation>
    </message>
    <message>
        <source>L&amp;oss:</source>
        <translation>P&amp;érdida:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>Partition &amp;fraction:</source>
        <translation>&amp;Fracción de la partición:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Partition</source>
        <translation>&amp;Particionar</translation>
    </message>
    <message>
        <source>Lab status</source>
        <translation>Estado del laboratorio</translation>
    </message>
    <message>
        <source>Starting: %1 of %2 nodes…</source>
        <translation>Iniciando: %1 de %2 nodos…</translation>
    </message>
    <message numerus="yes">
        <source>Running: %n node(s), waiting for convergence…</source>
        <translation>
            <numerusform>En marcha: %n nodo, esperando la convergencia…</numerusform>
            <numerusform>En marcha: %n nodos, esperando la convergencia…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Converged in %1 ms (%n node(s))</source>
        <translation>
            <numerusform>Convergió en %1 ms (%n nodo)</numerusform>
            <numerusform>Convergió en %1 ms (%n nodos)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Cannot start the lab: %1</source>
        <translation>No se puede iniciar el laboratorio: %1</translation>
    </message>
    <message>
        <source>Healed</source>
        <translation>Reparado</translation>
    </message>
    <message>
        <source>Partitioned: %1 against the rest</source>
        <translation>Particionado: %1 contra el resto</translation>
    </message>
    <message>
        <source>&amp;Heal</source>
        <translation>&amp;Reparar</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MainStatusBar</name>
    <message>
        <source>Address copied to the clipboard</source>
        <translation>Dirección copiada al portapapeles</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) connected</source>
        <translation>
            <numerusform>%n par conectado</numerusform>
            <numerusform>%n pares conectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n handshaking</source>
        <translation>
            <numerusform>, %n en saludo</numerusform>
            <numerusform>, %n en saludo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connecting</source>
        <translation>
            <numerusform>%n conectando</numerusform>
            <numerusform>%n conectando</numerusform>
        </translation>
    </message>
    <message>
        <source>Endpoints waiting in the connection queue, and dials in progress</source>
        <translation>Extremos esperando en la cola de conexión y llamadas en curso</translation>
    </message>
    <message>
        <source>Your address:</source>
        <translation>Tu dirección:</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MainWindow</name>
    <message>
        <source>Cannot join %1: %2</source>
        <translation>No se puede unir a %1: %2</translation>
    </message>
    <message>
        <source>Joined room %1</source>
        <translation>Te uniste a la sala %1</translation>
    </message>
    <message>
        <source>Left room %1</source>
        <translation>Saliste de la sala %1</translation>
    </message>
    <message>
        <source>%1, directly</source>
        <translation>%1, directamente</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Another node (%1) runs with this profile&apos;s identity; use a profile on one computer at a time</source>
        <translation>Otro nodo (%1) usa la identidad de este perfil; use un perfil en un solo ordenador a la vez</translation>
    </message>
    <message>
        <source>Message not sent: %1</source>
        <translation>Mensaje no enviado: %1</translation>
    </message>
    <message>
        <source>%1 is not reachable now; the message goes out when they are seen again</source>
        <translation>%1 no está accesible ahora; el mensaje saldrá cuando vuelva a aparecer</translation>
    </message>
    <message>
        <source>About Swarmscope</source>
        <translation>Acerca de Swarmscope</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Swarmscope %1&lt;/h3&gt;&lt;p&gt;Peer-to-peer chat and swarm inspector.&lt;/p&gt;&lt;p&gt;Rooms are joined by name, messages are signed by their authors and travel directly between peers over encrypted connections.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Swarmscope %1&lt;/h3&gt;&lt;p&gt;Chat entre pares e inspector de enjambres.&lt;/p&gt;&lt;p&gt;Las salas se unen por nombre; los mensajes los firman sus autores y viajan directamente entre pares por conexiones cifradas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (direct) — Swarmscope</source>
        <translation>%1 (directo) — Swarmscope</translation>
    </message>
    <message>
        <source>Swarmscope — no room</source>
        <translation>Swarmscope — sin sala</translation>
    </message>
    <message>
        <source>%1 — Swarmscope</source>
        <translation>%1 — Swarmscope</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Join Room…</source>
        <translation>&amp;Unirse a una sala…</translation>
    </message>
    <message>
        <source>Type the name of a room to join (Ctrl+J)</source>
        <translation>Escribe el nombre de una sala para unirte (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;Leave Room</source>
        <translation>Salir de la &amp;sala</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Write a &amp;Message</source>
        <translation>Escribir un &amp;mensaje</translation>
    </message>
    <message>
        <source>&amp;About Swarmscope</source>
        <translation>&amp;Acerca de Swarmscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>Pares</translation>
    </message>
    <message>
        <source>Event Log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>Show &amp;Peers</source>
        <translation>Mostrar &amp;pares</translation>
    </message>
    <message>
        <source>Show &amp;Event Log</source>
        <translation>Mostrar el registro de &amp;eventos</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Remote Procedures</source>
        <translation>Procedimientos remotos</translation>
    </message>
    <message>
        <source>DHT</source>
        <translation>DHT</translation>
    </message>
    <message>
        <source>Show Connection &amp;Queue</source>
        <translation>Mostrar la &amp;cola de conexión</translation>
    </message>
    <message>
        <source>Show &amp;Remote Procedures</source>
        <translation>Mostrar procedimientos &amp;remotos</translation>
    </message>
    <message>
        <source>Show &amp;DHT</source>
        <translation>Mostrar la &amp;DHT</translation>
    </message>
    <message>
        <source>Rooms and chat</source>
        <translation>Salas y chat</translation>
    </message>
    <message>
        <source>peer-relay network</source>
        <translation>Red peer-relay</translation>
    </message>
    <message>
        <source>Show &amp;peer-relay network</source>
        <translation>Mostrar la red &amp;peer-relay</translation>
    </message>
    <message>
        <source>&amp;Identity…</source>
        <translation>&amp;Identidad…</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MemberListModel</name>
    <message>
        <source>%1
Connected</source>
        <translation>%1
Conectado</translation>
    </message>
    <message>
        <source>%1
In the room, reached through other members</source>
        <translation>%1
En la sala, alcanzado a través de otros miembros</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::MemberListPanel</name>
    <message>
        <source>Members</source>
        <translation>Miembros</translation>
    </message>
    <message>
        <source>Members: %1 (%2 connected)</source>
        <translation>Miembros: %1 (%2 conectados)</translation>
    </message>
    <message>
        <source>Message Directly</source>
        <translation>Escribir directamente</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::NetworkPage</name>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>The listen address must be an IP address such as 0.0.0.0 or 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>La dirección de escucha debe ser una dirección IP como 0.0.0.0 o 127.0.0.1, no «%1».</translation>
    </message>
    <message>
        <source>The listen port must be a number from 0 to 65535 (0 = any free port), not &apos;%1&apos;.</source>
        <translation>El puerto de escucha debe ser un número de 0 a 65535 (0 = cualquier puerto libre), no «%1».</translation>
    </message>
    <message>
        <source>DHT bootstrap nodes</source>
        <translation>Nodos de arranque de la DHT</translation>
    </message>
    <message>
        <source>Relay nodes</source>
        <translation>Nodos de retransmisión</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a HOST:PORT address (for example 192.0.2.7:6881).</source>
        <translation>%1: «%2» no es una dirección HOST:PUERTO (por ejemplo 192.0.2.7:6881).</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escuchar en:</translation>
    </message>
    <message>
        <source>The IP address peers connect to; 0.0.0.0 means every address of this machine</source>
        <translation>La dirección IP a la que se conectan los pares; 0.0.0.0 significa todas las direcciones de esta máquina</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>TCP port; 0 picks any free port at each start</source>
        <translation>Puerto TCP; 0 elige un puerto libre en cada inicio</translation>
    </message>
    <message>
        <source>Find peers on the local &amp;network (mDNS)</source>
        <translation>Buscar pares en la &amp;red local (mDNS)</translation>
    </message>
    <message>
        <source>&amp;Interface:</source>
        <translation>&amp;Interfaz:</translation>
    </message>
    <message>
        <source>All interfaces</source>
        <translation>Todas las interfaces</translation>
    </message>
    <message>
        <source>Find peers worldwide through the &amp;DHT</source>
        <translation>Buscar pares en todo el mundo mediante la &amp;DHT</translation>
    </message>
    <message>
        <source>&amp;Bootstrap nodes:</source>
        <translation>Nodos de &amp;arranque:</translation>
    </message>
    <message>
        <source>One HOST:PORT a line; empty: the public routers</source>
        <translation>Un HOST:PUERTO por línea; vacío: los routers públicos</translation>
    </message>
    <message>
        <source>Ask the router to &amp;forward the port (UPnP, NAT-PMP)</source>
        <translation>Pedir al router que redirija el puer&amp;to (UPnP, NAT-PMP)</translation>
    </message>
    <message>
        <source>&amp;Relay nodes:</source>
        <translation>Nodos de retransmi&amp;sión:</translation>
    </message>
    <message>
        <source>One HOST:PORT a line, used when peers cannot reach us</source>
        <translation>Un HOST:PUERTO por línea, se usa cuando los pares no pueden alcanzarnos</translation>
    </message>
    <message>
        <source>Act as a rela&amp;y for peers that cannot reach each other</source>
        <translation>Retransmitir para pares que no pueden alcan&amp;zarse entre sí</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::NotificationPolicy</name>
    <message>
        <source>Nickname for mentions</source>
        <translation>Apodo para menciones</translation>
    </message>
    <message>
        <source>Messages that contain this name (or your address) count as mentions:</source>
        <translation>Los mensajes que contienen este nombre (o tu dirección) cuentan como menciones:</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notificaciones</translation>
    </message>
    <message>
        <source>&amp;Always</source>
        <translation>&amp;Siempre</translation>
    </message>
    <message>
        <source>Only &amp;Mentions</source>
        <translation>Solo &amp;menciones</translation>
    </message>
    <message>
        <source>&amp;Never</source>
        <translation>&amp;Nunca</translation>
    </message>
    <message>
        <source>Nickname for Mentions…</source>
        <translation>Apodo para menciones…</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::NotificationsPage</name>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications for messages while the window is in the background</source>
        <translation>Mostrar &amp;notificaciones de escritorio de los mensajes mientras la ventana está en segundo plano</translation>
    </message>
    <message>
        <source>&amp;Room messages:</source>
        <translation>Mensajes de las &amp;salas:</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Only when I am mentioned</source>
        <translation>Solo cuando me mencionan</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>For rooms without a choice of their own (room list › context menu › Notifications); direct messages always notify</source>
        <translation>Para las salas sin elección propia (lista de salas › menú contextual › Notificaciones); los mensajes directos siempre notifican</translation>
    </message>
    <message>
        <source>Ni&amp;ckname:</source>
        <translation>Apo&amp;do:</translation>
    </message>
    <message>
        <source>A mention is your address or this name in a message</source>
        <translation>Una mención es su dirección o este nombre en un mensaje</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PacketCborModel</name>
    <message>
        <source>(not CBOR)</source>
        <translation>(no es CBOR)</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>(value)</source>
        <translation>(valor)</translation>
    </message>
    <message>
        <source>integer</source>
        <translation>entero</translation>
    </message>
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
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>map</source>
        <translation>mapa</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>arreglo</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>float</source>
        <translation>flotante</translation>
    </message>
    <message>
        <source>null</source>
        <translation>nulo</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>simple</source>
        <translation>simple</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PacketInspectorPanel</name>
    <message>
        <source>View stream as text lines</source>
        <translation>Ver el flujo como líneas de texto</translation>
    </message>
    <message>
        <source>View stream as length-prefixed frames</source>
        <translation>Ver el flujo como tramas con prefijo de longitud</translation>
    </message>
    <message>
        <source>View stream as JSON lines</source>
        <translation>Ver el flujo como líneas JSON</translation>
    </message>
    <message>
        <source>How to read an application stream</source>
        <translation>Cómo leer un flujo de aplicación</translation>
    </message>
    <message>
        <source>discovery-swarm carries the app&apos;s own bytes: choose how the selected chunk is decoded</source>
        <translation>discovery-swarm lleva los bytes propios de la aplicación: elija cómo se decodifica el fragmento seleccionado</translation>
    </message>
    <message>
        <source>Packet capture started</source>
        <translation>Captura de paquetes iniciada</translation>
    </message>
    <message>
        <source>Packet capture stopped</source>
        <translation>Captura de paquetes detenida</translation>
    </message>
    <message>
        <source>Export captured frames</source>
        <translation>Exportar tramas capturadas</translation>
    </message>
    <message>
        <source>pcapng files (*.pcapng);;All files (*)</source>
        <translation>Archivos pcapng (*.pcapng);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n frame(s) to %1</source>
        <translation>
            <numerusform>%n trama exportada a %1</numerusform>
            <numerusform>%n tramas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export frames: %1</source>
        <translation>No se pudieron exportar las tramas: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n trama</numerusform>
            <numerusform>%n tramas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older frame(s) dropped</source>
        <translation>
            <numerusform>%n trama anterior descartada</numerusform>
            <numerusform>%n tramas anteriores descartadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capturar</translation>
    </message>
    <message>
        <source>Record every decoded frame sent and received</source>
        <translation>Registrar cada trama decodificada enviada y recibida</translation>
    </message>
    <message>
        <source>Capture frames</source>
        <translation>Capturar tramas</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Clear captured frames</source>
        <translation>Vaciar las tramas capturadas</translation>
    </message>
    <message>
        <source>Export pcapng…</source>
        <translation>Exportar pcapng…</translation>
    </message>
    <message>
        <source>Export captured frames as pcapng</source>
        <translation>Exportar las tramas capturadas como pcapng</translation>
    </message>
    <message>
        <source>Captured frames</source>
        <translation>Tramas capturadas</translation>
    </message>
    <message>
        <source>Decoded fields of the selected frame</source>
        <translation>Campos decodificados de la trama seleccionada</translation>
    </message>
    <message>
        <source>Bytes of the selected frame</source>
        <translation>Bytes de la trama seleccionada</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PacketListModel</name>
    <message>
        <source>in</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>out</source>
        <translation>salida</translation>
    </message>
    <message>
        <source>%1 bytes on the wire, %2 bytes of plaintext</source>
        <translation>%1 bytes en la red, %2 bytes en claro</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Dir.</source>
        <translation>Dir.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerBlocking</name>
    <message>
        <source>Blocked %1: their messages, files and calls are dropped</source>
        <translation>%1 bloqueado: sus mensajes, archivos y llamadas se descartan</translation>
    </message>
    <message numerus="yes">
        <source>Blocked %n peer(s): their messages, files and calls are dropped</source>
        <translation>
            <numerusform>%n par bloqueado: sus mensajes, archivos y llamadas se descartan</numerusform>
            <numerusform>%n pares bloqueados: sus mensajes, archivos y llamadas se descartan</numerusform>
        </translation>
    </message>
    <message>
        <source>B&amp;lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Drop this peer&apos;s messages, files and calls, now and after restarts</source>
        <translation>Descartar los mensajes, archivos y llamadas de este par, ahora y tras reiniciar</translation>
    </message>
    <message>
        <source>Block the author</source>
        <translation>Bloquear al autor</translation>
    </message>
    <message>
        <source>&amp;Blocked Peers…</source>
        <translation>Pares &amp;bloqueados…</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerNaming</name>
    <message>
        <source>A name has at most 64 characters and no control characters</source>
        <translation>Un nombre tiene como máximo 64 caracteres y ningún carácter de control</translation>
    </message>
    <message>
        <source>%1 is called by their own name again</source>
        <translation>%1 vuelve a llamarse por su propio nombre</translation>
    </message>
    <message>
        <source>%1 is now called %2 here</source>
        <translation>%1 ahora se llama %2 aquí</translation>
    </message>
    <message>
        <source>Rename %1</source>
        <translation>Renombrar %1</translation>
    </message>
    <message>
        <source>Your name for %1, shown only to you.
Leave it empty to show the address.</source>
        <translation>Su nombre para %1, visible solo para usted.
Déjelo vacío para mostrar la dirección.</translation>
    </message>
    <message>
        <source>Your name for %1, shown only to you.
Leave it empty to show their own name, “%2”.</source>
        <translation>Su nombre para %1, visible solo para usted.
Déjelo vacío para mostrar su propio nombre, «%2».</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Give this peer a name of your own, shown only to you</source>
        <translation>Dar a este par un nombre propio suyo, que solo usted ve</translation>
    </message>
    <message>
        <source>Rename the author…</source>
        <translation>Renombrar al autor…</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerRelayDialog</name>
    <message>
        <source>Add peer-relay network</source>
        <translation>Añadir una red peer-relay</translation>
    </message>
    <message>
        <source>&amp;Bootstrap peers (one WebSocket URL per line):</source>
        <translation>Pares de &amp;arranque (una URL WebSocket por línea):</translation>
    </message>
    <message>
        <source>Bootstrap URLs</source>
        <translation>URL de arranque</translation>
    </message>
    <message>
        <source>Peers of a peer-relay network (the npm package peer-relay) that accept WebSocket connections, written ws://host:port.</source>
        <translation>Pares de una red peer-relay (el paquete npm peer-relay) que aceptan conexiones WebSocket, escritos ws://host:puerto.</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerRelayPanel</name>
    <message>
        <source>Could not join the peer-relay network: %1</source>
        <translation>No se pudo unir a la red peer-relay: %1</translation>
    </message>
    <message>
        <source>Joining the peer-relay network through %1…</source>
        <translation>Uniéndose a la red peer-relay a través de %1…</translation>
    </message>
    <message>
        <source>A peer-relay id is 40 hex digits</source>
        <translation>Un id de peer-relay tiene 40 dígitos hexadecimales</translation>
    </message>
    <message>
        <source>Not in a peer-relay network</source>
        <translation>No está en ninguna red peer-relay</translation>
    </message>
    <message>
        <source>Asked %1 for a direct connection</source>
        <translation>Se pidió a %1 una conexión directa</translation>
    </message>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>forwarded</source>
        <translation>reenviado</translation>
    </message>
    <message>
        <source>dropped (%1)</source>
        <translation>descartado (%1)</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>inbound</source>
        <translation>entrante</translation>
    </message>
    <message>
        <source>outbound</source>
        <translation>saliente</translation>
    </message>
    <message>
        <source>Not in a peer-relay network.</source>
        <translation>No está en ninguna red peer-relay.</translation>
    </message>
    <message numerus="yes">
        <source>Our peer-relay id: %1 · %n direct peer(s)</source>
        <translation>
            <numerusform>Nuestro id de peer-relay: %1 · %n par directo</numerusform>
            <numerusform>Nuestro id de peer-relay: %1 · %n pares directos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Our peer-relay id: %1 · listening on %2 · %n direct peer(s)</source>
        <translation>
            <numerusform>Nuestro id de peer-relay: %1 · escuchando en %2 · %n par directo</numerusform>
            <numerusform>Nuestro id de peer-relay: %1 · escuchando en %2 · %n pares directos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add &amp;peer-relay network…</source>
        <translation>Añadir una red &amp;peer-relay…</translation>
    </message>
    <message>
        <source>Join a peer-relay network through the WebSocket URLs of its peers</source>
        <translation>Unirse a una red peer-relay mediante las URL WebSocket de sus pares</translation>
    </message>
    <message>
        <source>Add network…</source>
        <translation>Añadir red…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Connect directly</source>
        <translation>Conectar directamente</translation>
    </message>
    <message>
        <source>peer-relay id (40 hex digits)</source>
        <translation>id de peer-relay (40 dígitos hexadecimales)</translation>
    </message>
    <message>
        <source>text to send</source>
        <translation>texto para enviar</translation>
    </message>
    <message>
        <source>Destination id</source>
        <translation>Id de destino</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Extremo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeerTableModel</name>
    <message>
        <source>Handshake in progress</source>
        <translation>Saludo en curso</translation>
    </message>
    <message>
        <source>%1
Agent: %2
Shared rooms: %3</source>
        <translation>%1
Agente: %2
Salas compartidas: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>A local or private address</source>
        <translation>Una dirección local o privada</translation>
    </message>
    <message>
        <source>Told by %1; a local or private address</source>
        <translation>Indicado por %1; una dirección local o privada</translation>
    </message>
    <message>
        <source>Told by %1</source>
        <translation>Indicado por %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n frame(s), now %2</source>
        <translation>
            <numerusform>%1 en %n trama, ahora %2</numerusform>
            <numerusform>%1 en %n tramas, ahora %2</numerusform>
        </translation>
    </message>
    <message>
        <source>(handshaking)</source>
        <translation>(en saludo)</translation>
    </message>
    <message>
        <source>in</source>
        <comment>connection direction</comment>
        <translation>entrada</translation>
    </message>
    <message>
        <source>out</source>
        <comment>connection direction</comment>
        <translation>salida</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Host:port</source>
        <translation>Host:puerto</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Reintentos</translation>
    </message>
    <message>
        <source>RTT</source>
        <translation>RTT</translation>
    </message>
    <message>
        <source>Rate in</source>
        <translation>Velocidad de entrada</translation>
    </message>
    <message>
        <source>Rate out</source>
        <translation>Velocidad de salida</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>The peer&apos;s address, proven during the handshake</source>
        <translation>La dirección del par, probada durante el saludo</translation>
    </message>
    <message>
        <source>Remote host and port of the connection</source>
        <translation>Host y puerto remotos de la conexión</translation>
    </message>
    <message>
        <source>Where the peer was found: lan, dht, pex, book, manual or inbound</source>
        <translation>Dónde se encontró el par: lan, dht, pex, book, manual o inbound</translation>
    </message>
    <message>
        <source>The peer&apos;s state in the connection queue</source>
        <translation>El estado del par en la cola de conexión</translation>
    </message>
    <message>
        <source>Failed dials before this connection</source>
        <translation>Llamadas fallidas antes de esta conexión</translation>
    </message>
    <message>
        <source>Round-trip time of the last ping</source>
        <translation>Tiempo de ida y vuelta del último ping</translation>
    </message>
    <message>
        <source>Bytes received per second</source>
        <translation>Bytes recibidos por segundo</translation>
    </message>
    <message>
        <source>Bytes sent per second</source>
        <translation>Bytes enviados por segundo</translation>
    </message>
    <message>
        <source>Bytes received on this connection</source>
        <translation>Bytes recibidos en esta conexión</translation>
    </message>
    <message>
        <source>Bytes sent on this connection</source>
        <translation>Bytes enviados en esta conexión</translation>
    </message>
    <message>
        <source>When the connection was opened</source>
        <translation>Cuándo se abrió la conexión</translation>
    </message>
    <message>
        <source>relayed via %1</source>
        <translation>retransmitido por %1</translation>
    </message>
    <message>
        <source>hole-punched</source>
        <translation>NAT perforado</translation>
    </message>
    <message>
        <source>direct</source>
        <comment>connection path</comment>
        <translation>directo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>How the connection runs: direct, hole-punched through both routers, or relayed by another node</source>
        <translation>Cómo va la conexión: directa, perforando ambos routers o retransmitida por otro nodo</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Peer ID</source>
        <translation>ID de par</translation>
    </message>
    <message>
        <source>The software the peer runs, as it names itself</source>
        <translation>El software del par, tal como se nombra a sí mismo</translation>
    </message>
    <message>
        <source>The BitTorrent peer id of a Bugout room&apos;s wire (its client tag, then the random part in hex)</source>
        <translation>El identificador de par BitTorrent de la conexión de una sala Bugout (su etiqueta de cliente y luego la parte aleatoria en hexadecimal)</translation>
    </message>
    <message>
        <source>closing (another connection kept)</source>
        <translation>cerrándose (se conserva otra conexión)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PeersPanel</name>
    <message numerus="yes">
        <source>Copied %n address(es)</source>
        <translation>
            <numerusform>%n dirección copiada</numerusform>
            <numerusform>%n direcciones copiadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by address, host, transport or source</source>
        <translation>Filtrar por dirección, host, transporte u origen</translation>
    </message>
    <message>
        <source>Filter peers</source>
        <translation>Filtrar pares</translation>
    </message>
    <message>
        <source>Connected peers</source>
        <translation>Pares conectados</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <source>Send direct message</source>
        <translation>Enviar mensaje directo</translation>
    </message>
    <message>
        <source>Ban</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Close the connection and refuse this peer from now on, also after a restart</source>
        <translation>Cerrar la conexión y rechazar a este par desde ahora, también tras reiniciar</translation>
    </message>
    <message>
        <source>Ban for this session (soft)</source>
        <translation>Bloquear durante esta sesión (suave)</translation>
    </message>
    <message>
        <source>Close the connection and refuse this peer until Swarmscope quits</source>
        <translation>Cerrar la conexión y rechazar a este par hasta que Swarmscope se cierre</translation>
    </message>
    <message>
        <source>Back off</source>
        <translation>Esperar</translation>
    </message>
    <message>
        <source>Close the connection and wait one backoff step longer than last time before redialling</source>
        <translation>Cerrar la conexión y esperar un paso más que la última vez antes de volver a llamar</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Desconectar</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PreferencesController</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Profile, network, notifications, appearance and files</source>
        <translation>Perfil, red, notificaciones, apariencia y archivos</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Your name was not changed: %1</source>
        <translation>Su nombre no se ha cambiado: %1</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PreferencesDialog</name>
    <message>
        <source>The settings file cannot be read, so nothing can be saved until it is fixed: %1</source>
        <translation>No se puede leer el archivo de ajustes; no se puede guardar nada hasta corregirlo: %1</translation>
    </message>
    <message>
        <source>The preferences could not be saved: %1</source>
        <translation>No se pudieron guardar las preferencias: %1</translation>
    </message>
    <message>
        <source>Preferences saved. Profile and network changes take effect the next time Swarmscope starts.</source>
        <translation>Preferencias guardadas. Los cambios de perfil y red se aplican la próxima vez que se inicie Swarmscope.</translation>
    </message>
    <message>
        <source>Preferences saved.</source>
        <translation>Preferencias guardadas.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Network, profile and files settings are kept in %1, which swarmscope-node reads too.</source>
        <translation>Los ajustes de red, perfil y archivos se guardan en %1, que también lee swarmscope-node.</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::PreferencesPage</name>
    <message>
        <source>Changes on this page take effect the next time Swarmscope starts.</source>
        <translation>Los cambios de esta página se aplican la próxima vez que se inicie Swarmscope.</translation>
    </message>
    <message>
        <source>Changes on this page take effect at once.</source>
        <translation>Los cambios de esta página se aplican de inmediato.</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ProcedureListModel</name>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ProfilePage</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>This name cannot be used: %1</source>
        <translation>Este nombre no se puede usar: %1</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nombre visible:</translation>
    </message>
    <message>
        <source>None: peers see your address only</source>
        <translation>Ninguno: los pares solo ven su dirección</translation>
    </message>
    <message>
        <source>Shown to peers next to your address, signed with your identity (at most %1 characters)</source>
        <translation>Se muestra a los pares junto a su dirección, firmado con su identidad (como máximo %1 caracteres)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::QueuePanel</name>
    <message numerus="yes">
        <source>%n queued</source>
        <translation>
            <numerusform>%n en cola</numerusform>
            <numerusform>%n en cola</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n esperando</numerusform>
            <numerusform>%n esperando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dropped</source>
        <translation>
            <numerusform>%n descartado</numerusform>
            <numerusform>%n descartados</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by host, source, referrer, state or address</source>
        <translation>Filtrar por host, origen, referente, estado o dirección</translation>
    </message>
    <message>
        <source>Filter the connection queue</source>
        <translation>Filtrar la cola de conexión</translation>
    </message>
    <message>
        <source>Connection queue</source>
        <translation>Cola de conexión</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RatePlot</name>
    <message>
        <source>peak %1 %2</source>
        <translation>pico %1 %2</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ReachabilityLabel</name>
    <message>
        <source>Reachable: yes</source>
        <translation>Accesible: sí</translation>
    </message>
    <message>
        <source>Reachable: yes, %1</source>
        <translation>Accesible: sí, %1</translation>
    </message>
    <message>
        <source>Reachable: yes, %1 %2</source>
        <translation>Accesible: sí, %1 %2</translation>
    </message>
    <message>
        <source>Not reachable: behind a NAT that changes ports</source>
        <translation>No accesible: detrás de un NAT que cambia los puertos</translation>
    </message>
    <message>
        <source>Not reachable: behind a NAT with no port mapped</source>
        <translation>No accesible: detrás de un NAT sin puerto asignado</translation>
    </message>
    <message>
        <source>Not reachable from the internet</source>
        <translation>No accesible desde internet</translation>
    </message>
    <message>
        <source>Reachable: not known yet</source>
        <translation>Accesible: aún no se sabe</translation>
    </message>
    <message>
        <source>Whether peers on the internet can connect to us: learnt from the addresses peers see and from asking a peer to dial us back</source>
        <translation>Si los pares en internet pueden conectarse a nosotros: aprendido de las direcciones que ven los pares y de pedir a un par que nos vuelva a llamar</translation>
    </message>
    <message>
        <source>Reachability</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>; using relay %1</source>
        <translation>; a través del relé %1</translation>
    </message>
    <message>
        <source>Reachable: not known yet; using relay %1</source>
        <translation>Accesible: aún no se sabe; a través del relé %1</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomDelegate</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n connected</source>
        <translation>
            <numerusform> · %n conectado</numerusform>
            <numerusform> · %n conectados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomListModel</name>
    <message numerus="yes">
        <source>%1 (%2 swarm): %n member(s) seen</source>
        <translation>
            <numerusform>%1 (enjambre %2): %n miembro visto</numerusform>
            <numerusform>%1 (enjambre %2): %n miembros vistos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s) seen</source>
        <translation>
            <numerusform>%1: %n miembro visto</numerusform>
            <numerusform>%1: %n miembros vistos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n member(s)</source>
        <translation>
            <numerusform>%1, %n miembro</numerusform>
            <numerusform>%1, %n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n sin leer</numerusform>
            <numerusform>, %n sin leer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomMembers</name>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Miembros</translation>
    </message>
    <message>
        <source>Show or hide the current room&apos;s members</source>
        <translation>Mostrar u ocultar los miembros de la sala actual</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RoomsPanel</name>
    <message>
        <source>Swarmscope room</source>
        <translation>Sala de Swarmscope</translation>
    </message>
    <message>
        <source>discovery-swarm swarm</source>
        <translation>Enjambre discovery-swarm</translation>
    </message>
    <message>
        <source>Bugout room</source>
        <translation>Sala de Bugout</translation>
    </message>
    <message>
        <source>Swarm to join the room in</source>
        <translation>Enjambre en el que unirse a la sala</translation>
    </message>
    <message>
        <source>Where the room lives: our own protocol, or the real swarm of a compatible app (you can also type discovery-swarm:NAME or bugout:ID)</source>
        <translation>Dónde vive la sala: nuestro propio protocolo o el enjambre real de una aplicación compatible (también puede escribir discovery-swarm:NOMBRE o bugout:ID)</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Room name to join</source>
        <translation>Nombre de la sala a la que unirse</translation>
    </message>
    <message>
        <source>Room to join</source>
        <translation>Sala a la que unirse</translation>
    </message>
    <message>
        <source>Any text names a room; everyone who joins the same name meets there (Ctrl+J)</source>
        <translation>Cualquier texto nombra una sala; todos los que se unen al mismo nombre se encuentran allí (Ctrl+J)</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Unirse</translation>
    </message>
    <message>
        <source>Join room</source>
        <translation>Unirse a la sala</translation>
    </message>
    <message>
        <source>Joined rooms</source>
        <translation>Salas unidas</translation>
    </message>
    <message>
        <source>Leave room</source>
        <translation>Salir de la sala</translation>
    </message>
    <message>
        <source>Direct messages</source>
        <translation>Mensajes directos</translation>
    </message>
    <message>
        <source>Direct conversations</source>
        <translation>Conversaciones directas</translation>
    </message>
    <message>
        <source>Close conversation</source>
        <translation>Cerrar conversación</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RpcPanel</name>
    <message>
        <source>Pick a room member first</source>
        <translation>Elige primero un miembro de la sala</translation>
    </message>
    <message>
        <source>Asking %1 for its procedures…</source>
        <translation>Pidiendo a %1 sus procedimientos…</translation>
    </message>
    <message>
        <source>Exactly one JSON value, please</source>
        <translation>Exactamente un valor JSON, por favor</translation>
    </message>
    <message>
        <source>Not JSON: %1 at character %2</source>
        <translation>No es JSON: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>A peer and a procedure name are needed</source>
        <translation>Se necesitan un par y un nombre de procedimiento</translation>
    </message>
    <message>
        <source>Called %1 on %2</source>
        <translation>Se llamó a %1 en %2</translation>
    </message>
    <message>
        <source>%1 did not list its procedures: %2</source>
        <translation>%1 no listó sus procedimientos: %2</translation>
    </message>
    <message>
        <source>%1 sent a procedure list that is not [{name, doc}, …]</source>
        <translation>%1 envió una lista de procedimientos que no es [{name, doc}, …]</translation>
    </message>
    <message numerus="yes">
        <source>%1 offers %n procedure(s)</source>
        <translation>
            <numerusform>%1 ofrece %n procedimiento</numerusform>
            <numerusform>%1 ofrece %n procedimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older call(s) dropped</source>
        <translation>
            <numerusform>%n llamada anterior descartada</numerusform>
            <numerusform>%n llamadas anteriores descartadas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>&amp;Miembro:</translation>
    </message>
    <message>
        <source>Room member to call</source>
        <translation>Miembro de la sala al que llamar</translation>
    </message>
    <message>
        <source>The address of a member of one of your rooms</source>
        <translation>La dirección de un miembro de una de tus salas</translation>
    </message>
    <message>
        <source>Address of a room member</source>
        <translation>Dirección de un miembro de la sala</translation>
    </message>
    <message>
        <source>&amp;List Procedures</source>
        <translation>&amp;Listar procedimientos</translation>
    </message>
    <message>
        <source>List the member&apos;s procedures</source>
        <translation>Listar los procedimientos del miembro</translation>
    </message>
    <message>
        <source>Procedures of the member</source>
        <translation>Procedimientos del miembro</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procedimiento:</translation>
    </message>
    <message>
        <source>Procedure to call</source>
        <translation>Procedimiento al que llamar</translation>
    </message>
    <message>
        <source>&amp;Arguments:</source>
        <translation>&amp;Argumentos:</translation>
    </message>
    <message>
        <source>Arguments as JSON</source>
        <translation>Argumentos en JSON</translation>
    </message>
    <message>
        <source>Any JSON value, e.g. [2, 40] or {&quot;text&quot;: &quot;hi&quot;}; empty for null</source>
        <translation>Cualquier valor JSON, p. ej. [2, 40] o {&quot;text&quot;: &quot;hola&quot;}; vacío para null</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo límite:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Timeout in milliseconds</source>
        <translation>Tiempo límite en milisegundos</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Llamar</translation>
    </message>
    <message>
        <source>Call the procedure</source>
        <translation>Llamar al procedimiento</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Clear the call list</source>
        <translation>Vaciar la lista de llamadas</translation>
    </message>
    <message>
        <source>Remote procedure calls and their results</source>
        <translation>Llamadas a procedimientos remotos y sus resultados</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::RpcTrafficModel</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>agotado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibida</translation>
    </message>
    <message>
        <source>in</source>
        <comment>rpc direction</comment>
        <translation>entrada</translation>
    </message>
    <message>
        <source>out</source>
        <comment>rpc direction</comment>
        <translation>salida</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Dir</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumentos</translation>
    </message>
    <message>
        <source>Result / error</source>
        <translation>Resultado / error</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>out: we called the peer; in: the peer called us</source>
        <translation>salida: llamamos al par; entrada: el par nos llamó</translation>
    </message>
    <message>
        <source>Our calls: until the result arrived. Calls to us: until we answered</source>
        <translation>Nuestras llamadas: hasta que llegó el resultado. Llamadas a nosotros: hasta que respondimos</translation>
    </message>
    <message>
        <source>pending, ok, error, timeout; received while we work on a call made to us</source>
        <translation>pendiente, ok, error, tiempo agotado; recibida mientras atendemos una llamada dirigida a nosotros</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Enviar el mensaje</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Move between panels</source>
        <translation>Moverse entre paneles</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Mayús+Tab</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::SwarmController</name>
    <message>
        <source>Not a host:port: %1</source>
        <translation>No es un host:puerto: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>No such peer any more</source>
        <translation>Ese par ya no existe</translation>
    </message>
    <message>
        <source>Banned %1</source>
        <translation>%1 bloqueado</translation>
    </message>
    <message numerus="yes">
        <source>Banned %n peer(s)</source>
        <translation>
            <numerusform>%n par bloqueado</numerusform>
            <numerusform>%n pares bloqueados</numerusform>
        </translation>
    </message>
    <message>
        <source>Banned %1 for this session</source>
        <translation>%1 bloqueado durante esta sesión</translation>
    </message>
    <message numerus="yes">
        <source>Banned %n peer(s) for this session</source>
        <translation>
            <numerusform>%n par bloqueado durante esta sesión</numerusform>
            <numerusform>%n pares bloqueados durante esta sesión</numerusform>
        </translation>
    </message>
    <message>
        <source>Backing off from %1</source>
        <translation>Esperando antes de volver a %1</translation>
    </message>
    <message numerus="yes">
        <source>Backing off from %n peer(s)</source>
        <translation>
            <numerusform>Esperando antes de volver a %n par</numerusform>
            <numerusform>Esperando antes de volver a %n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnected %1</source>
        <translation>%1 desconectado</translation>
    </message>
    <message numerus="yes">
        <source>Disconnected %n peer(s)</source>
        <translation>
            <numerusform>%n par desconectado</numerusform>
            <numerusform>%n pares desconectados</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Connect to…</source>
        <translation>&amp;Conectar con…</translation>
    </message>
    <message>
        <source>Dial a peer by host and port and keep connected (Ctrl+Shift+K)</source>
        <translation>Llamar a un par por host y puerto y mantener la conexión (Ctrl+Mayús+K)</translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::SwarmGraphDock</name>
    <message>
        <source>Swarm graph</source>
        <translation>Grafo del enjambre</translation>
    </message>
    <message>
        <source>Graph summary</source>
        <translation>Resumen del grafo</translation>
    </message>
    <message numerus="yes">
        <source>Lab: %n node(s)</source>
        <translation>
            <numerusform>Laboratorio: %n nodo</numerusform>
            <numerusform>Laboratorio: %n nodos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>%n conexión</numerusform>
            <numerusform>%n conexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n par</numerusform>
            <numerusform>%n pares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n known from peer exchange</source>
        <translation>
            <numerusform>%n conocido por intercambio de pares</numerusform>
            <numerusform>%n conocidos por intercambio de pares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>peer-relay: %n peer(s)</source>
        <translation>
            <numerusform>peer-relay: %n par</numerusform>
            <numerusform>peer-relay: %n pares</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more on message paths</source>
        <translation>
            <numerusform>%n más en rutas de mensajes</numerusform>
            <numerusform>%n más en rutas de mensajes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::SwarmGraphView</name>
    <message>
        <source>Swarm graph</source>
        <translation>Grafo del enjambre</translation>
    </message>
    <message>
        <source>No peers yet</source>
        <translation>Aún no hay pares</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s) drawn as one; click to show the nearest with its neighbours</source>
        <translation>
            <numerusform>%n par dibujado como uno; haga clic para mostrar el más cercano con sus vecinos</numerusform>
            <numerusform>%n pares dibujados como uno; haga clic para mostrar el más cercano con sus vecinos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>swarmscope::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Swarmscope: %n unread message(s)</source>
        <translation>
            <numerusform>Swarmscope: %n mensaje sin leer</numerusform>
            <numerusform>Swarmscope: %n mensajes sin leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Swarmscope</source>
        <translation>Swarmscope</translation>
    </message>
    <message>
        <source>Show Swarmscope</source>
        <translation>Mostrar Swarmscope</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
</TS>
