// A real discovery-swarm 6.1.0 peer for the interop tests, kept on this machine: TCP only
// (utp: false), the DHT bootstrapped from local nodes only, dns-discovery off or on loopback
// multicast only, no unicast DNS servers.
//
// Usage: node ds_peer.js '<json options>'
//   {"mode": "bootstrap"}                        a bittorrent-dht 7 node (the one discovery-swarm
//                                                nests) to bootstrap from; prints {"event":"ready","port":P}
//   {"mode": "swarm", "name": "room", "id": "<64 hex>"?, "bootstrap": ["127.0.0.1:P"]?,
//    "mdnsPort": N?, "dhtInterval": ms?, "maxConnections": n?, "whitelist": [ip]?,
//    "keepExistingConnections": bool?, "announce": bool?}
// Prints one JSON object per line for every swarm event. Lines on stdin are JSON commands:
//   {"cmd":"send","text":"..."}      writes text + "\n" to every connection
//   {"cmd":"connect","host":h,"port":p}   swarm.addPeer(name, {host, port})
//   {"cmd":"lookup"}                 one more DHT get_peers for the name, through discovery-channel
//   {"cmd":"status"}                 prints {"event":"status", queued, connecting, connected, kept: [{id, initiator}]}
// Exits when stdin closes.
'use strict'

const path = require('path')
const readline = require('readline')

const opts = JSON.parse(process.argv[2] || '{}')

function print (obj) {
  process.stdout.write(JSON.stringify(obj) + '\n')
}

// A dependency as discovery-swarm itself loads it, wherever npm placed it: bittorrent-dht 7 and
// multicast-dns sit below discovery-channel and dns-discovery.
function nested (...chain) {
  let dir = path.dirname(require.resolve('discovery-swarm'))
  for (const name of chain.slice(0, -1)) dir = path.dirname(require.resolve(name, { paths: [dir] }))
  const file = require.resolve(chain[chain.length - 1], { paths: [dir] })
  return { module: require(file), dir: path.dirname(file) }
}

function onStdin (handler, onEnd) {
  const rl = readline.createInterface({ input: process.stdin })
  rl.on('line', (line) => {
    if (!line.trim()) return
    try { handler(JSON.parse(line)) } catch (err) { print({ event: 'error', message: String(err) }) }
  })
  rl.on('close', onEnd)
}

if (opts.mode === 'bootstrap') {
  const dht = nested('discovery-channel', 'bittorrent-dht')
  const node = new dht.module({ bootstrap: false })
  node.listen(0, '127.0.0.1', () => {
    print({ event: 'ready', port: node.address().port, version: require(path.join(dht.dir, 'package.json')).version })
  })
  onStdin(() => {}, () => node.destroy(() => process.exit(0)))
} else {
  const swarm = require('discovery-swarm')
  let dns = false
  if (opts.mdnsPort) {
    const multicastDns = nested('discovery-channel', 'dns-discovery', 'multicast-dns').module
    // Joined and sending on 127.0.0.1 only; bound to the wildcard so group traffic arrives.
    const mdns = multicastDns({ port: opts.mdnsPort, interface: '127.0.0.1', bind: '0.0.0.0', loopback: true })
    dns = { multicast: mdns, server: [], interval: opts.dnsInterval || 1000 }
  }
  const dht = opts.bootstrap ? { bootstrap: opts.bootstrap } : false
  if (dht && opts.dhtInterval) dht.interval = opts.dhtInterval
  const sw = swarm({
    utp: opts.utp === true,  // off unless asked: with it, the DHT shares the uTP socket
    dns,
    dht,
    id: opts.id ? Buffer.from(opts.id, 'hex') : undefined,
    maxConnections: opts.maxConnections,
    whitelist: opts.whitelist,
    keepExistingConnections: opts.keepExistingConnections
  })
  const where = (p) => p ? { host: p.host, port: p.port } : {}
  sw.on('listening', () => print({ event: 'listening', port: sw.address().port, id: sw.id.toString('hex'), utp: !!sw._utp }))
  sw.on('peer', (p) => print({ event: 'peer', ...where(p) }))
  sw.on('peer-banned', (p, info) => print({ event: 'peer-banned', ...where(p && p.peer ? p.peer : p), reason: (info || p).reason }))
  sw.on('peer-rejected', (p, info) => print({ event: 'peer-rejected', ...where(p), reason: info.reason }))
  sw.on('drop', (p) => print({ event: 'drop', ...where(p) }))
  sw.on('connecting', (p) => print({ event: 'connecting', ...where(p) }))
  sw.on('connect-failed', (p, info) => print({ event: 'connect-failed', ...where(p), timedout: info.timedout }))
  sw.on('handshaking', (c, info) => print({ event: 'handshaking', host: info.host, port: info.port, initiator: info.initiator }))
  sw.on('handshake-timeout', (c, info) => print({ event: 'handshake-timeout', host: info.host, port: info.port }))
  sw.on('redundant-connection', (c, info) => print({ event: 'redundant-connection', host: info.host, port: info.port, initiator: info.initiator }))
  sw.on('connection-closed', (c, info) => print({ event: 'connection-closed', host: info.host, port: info.port, initiator: info.initiator }))
  const open = new Map()
  sw.on('connection-closed', (c) => open.delete(c))
  sw.on('connection', (c, info) => {
    open.set(c, { id: info.id.toString('hex'), initiator: info.initiator, localPort: c.localPort, remotePort: c.remotePort })
    print({ event: 'connection', id: info.id.toString('hex'), host: info.host, port: info.port, initiator: info.initiator, localPort: c.localPort, remotePort: c.remotePort })
    let buffered = ''
    c.on('data', (chunk) => {
      buffered += chunk.toString('utf8')
      let nl
      while ((nl = buffered.indexOf('\n')) >= 0) {
        print({ event: 'line', from: info.id.toString('hex'), text: buffered.slice(0, nl) })
        buffered = buffered.slice(nl + 1)
      }
    })
    c.on('error', () => {})
  })
  sw.on('error', (err) => print({ event: 'error', message: String(err) }))
  sw.listen(0)
  sw.join(opts.name, { announce: opts.announce !== false }, () => print({ event: 'joined' }))
  onStdin((cmd) => {
    if (cmd.cmd === 'send') {
      for (const c of sw.connections) c.write(cmd.text + '\n')
      print({ event: 'sent', count: sw.connections.length })
    } else if (cmd.cmd === 'connect') {
      sw.addPeer(opts.name, { host: cmd.host, port: cmd.port })
    } else if (cmd.cmd === 'lookup') {
      sw._discovery.dht.lookup(require('crypto').createHash('sha1').update(opts.name).digest())
    } else if (cmd.cmd === 'status') {
      print({ event: 'status', queued: sw.queued, connecting: sw.connecting, connected: sw.connected, kept: [...open.values()] })
    }
  }, () => sw.destroy(() => process.exit(0)))
}
