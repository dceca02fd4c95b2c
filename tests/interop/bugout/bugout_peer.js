// Drives real npm Bugout 0.0.13 peers for the interop tests. One JSON command per stdin line,
// one JSON event per stdout line. Nothing leaves 127.0.0.1: no trackers, no LSD, no public DHT.
'use strict'
const path = require('path')
const modules = process.argv[2]
const Bugout = require(path.join(modules, 'bugout'))
const WebTorrent = require(path.join(modules, 'webtorrent'))
const readline = require('readline')

const peers = {}
const out = (o) => process.stdout.write(JSON.stringify(o) + '\n')

function create (cmd) {
  const dht = cmd.dhtBootstrap ? { bootstrap: cmd.dhtBootstrap, host: false } : false
  const wt = new WebTorrent({ tracker: false, lsd: false, webSeeds: false, utp: false, dht, torrentPort: 0 })
  const opts = { wt, announce: [] }
  if (cmd.seed) opts.seed = cmd.seed
  if (cmd.heartbeat) opts.heartbeat = cmd.heartbeat
  const b = cmd.identifier ? new Bugout(cmd.identifier, opts) : new Bugout(opts)
  const name = cmd.name
  peers[name] = { b, wt }
  b.register('ping', (address, args, cb) => cb({ pong: args, from: address }), 'answers pong')
  b.register('nothing', (address, args, cb) => cb(null), 'answers null')
  const ev = (event, fields) => out(Object.assign({ event, name }, fields))
  b.on('seen', (address) => ev('seen', { address }))
  b.on('server', (address) => ev('server', { address }))
  b.on('left', (address) => ev('left', { address }))
  b.on('timeout', (address) => ev('timeout', { address }))
  b.on('ping', (address) => ev('ping', { address }))
  b.on('message', (address, message) => ev('message', { address, message }))
  b.on('rpc', (address, call, args, nonce) => ev('rpc', { address, call, args, nonce }))
  b.on('rpc-response', (address, nonce, response) => ev('rpc-response', { address, nonce, response }))
  b.on('wireseen', (count, wire) => ev('wireseen', { count, peerId: wire.peerId }))
  b.on('wireleft', (count) => ev('wireleft', { count }))
  b.on('connections', (count) => ev('connections', { count }))
  const ready = () => ev('ready', { address: b.address(), identifier: b.identifier, infoHash: b.torrent.infoHash, port: wt.address() ? wt.address().port : 0, dhtPort: wt.dht ? wt.dht.address().port : 0 })
  b.on('torrent', () => { if (wt.listening) ready(); else wt.once('listening', ready) })
  if (wt.dht) wt.dht.on('peer', (peer, infoHash) => ev('dht-peer', { host: peer.host, port: peer.port, infoHash }))
}

function run (cmd) {
  const p = peers[cmd.name]
  switch (cmd.cmd) {
    case 'create': return create(cmd)
    case 'addPeer': return p.b.torrent.addPeer(cmd.addr)
    case 'send': return cmd.address ? p.b.send(cmd.address, cmd.message) : p.b.send(cmd.message)
    case 'rpc': return p.b.rpc(cmd.address, cmd.call, cmd.args, (r) => out({ event: 'rpc-result', name: cmd.name, call: cmd.call, result: r }))
    case 'close':
      // Bugout's destroy() removes the torrent before the "x" leaves; keep it until the packet is out.
      p.b.torrentCreated = false
      p.b.destroy()
      return setTimeout(() => p.wt.destroy(() => out({ event: 'closed', name: cmd.name })), 300)
    case 'kill': return p.wt.destroy(() => out({ event: 'closed', name: cmd.name }))
    case 'quit': return process.exit(0)
  }
}

readline.createInterface({ input: process.stdin }).on('line', (line) => {
  let cmd
  try { cmd = JSON.parse(line) } catch (e) { return out({ event: 'error', detail: 'bad command' }) }
  try { run(cmd) } catch (e) { out({ event: 'error', name: cmd.name, detail: String(e) }) }
})
process.stdin.on('end', () => process.exit(0))
out({ event: 'started' })
