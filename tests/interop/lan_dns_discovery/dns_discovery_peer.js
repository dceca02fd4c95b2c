// A dns-discovery node on loopback multicast only: no unicast servers, a private port.
// Usage: node dns_discovery_peer.js <mdnsPort> <domain> <keyHex> <announce|lookup> [announcePort]
// Prints one JSON object per line: {"event":"ready"}, {"event":"peer",...}. Exits when stdin closes.
'use strict'

const multicastDns = require('multicast-dns')
const discovery = require('dns-discovery')

const [mdnsPort, domain, keyHex, mode, announcePort] = process.argv.slice(2)

function print (obj) {
  process.stdout.write(JSON.stringify(obj) + '\n')
}

// Joined and sending on 127.0.0.1 only; bound to the wildcard so group traffic is received.
const mdns = multicastDns({
  port: Number(mdnsPort),
  interface: '127.0.0.1',
  bind: '0.0.0.0',
  loopback: true
})

const disc = discovery({ multicast: mdns, server: [], domain })

disc.on('peer', (id, peer) => print({ event: 'peer', id, host: peer.host, port: peer.port }))
disc.on('error', (err) => print({ event: 'error', message: String(err) }))
mdns.on('warning', (err) => print({ event: 'warning', message: String(err) }))

mdns.once('ready', () => {
  // multicast-dns joins the group when its socket starts listening; query after that.
  setImmediate(() => {
    if (mode === 'announce') disc.announce(keyHex, Number(announcePort))
    else disc.lookup(keyHex)
    print({ event: 'ready' })
  })
})

process.stdin.on('data', (chunk) => {
  // Any line asks for another query round, like discovery-channel's periodic refresh.
  if (mode === 'announce') disc.announce(keyHex, Number(announcePort))
  else disc.lookup(keyHex)
})
process.stdin.on('end', () => disc.destroy(() => process.exit(0)))
