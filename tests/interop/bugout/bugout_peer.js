// Drives real npm Bugout 0.0.13 peers for the interop tests. One JSON command per stdin line,
// one JSON event per stdout line. Nothing leaves 127.0.0.1: no trackers, no public DHT, and BEP 14
// local service discovery either off or (lsd: true) joined and sent on the loopback interface only.
'use strict'
const path = require('path')
const modules = process.argv[2]
const Bugout = require(path.join(modules, 'bugout'))
const WebTorrent = require(path.join(modules, 'webtorrent'))
const readline = require('readline')
const LSD = require(path.join(modules, 'bittorrent-lsd'))

// bittorrent-lsd joins its group and sends on the default interface; a test keeps both on lo.
// Its constructor's 'listening' handler joins first (membership on lo), ours then picks lo for
// sending before the queued first announce goes out.
let lsdOnLoopback = false
function keepLsdOnLoopback () {
  if (lsdOnLoopback) return
  lsdOnLoopback = true
  const dgram = require('dgram')
  const addMembership = dgram.Socket.prototype.addMembership
  dgram.Socket.prototype.addMembership = function (group, iface) { return addMembership.call(this, group, iface || '127.0.0.1') }
  const start = LSD.prototype.start
  LSD.prototype.start = function () {
    this.server.once('listening', () => this.server.setMulticastInterface('127.0.0.1'))
    return start.call(this)
  }
}

// The announce bittorrent-lsd sends, captured without a socket.
function lsdFormat (cmd) {
  let sent = null
  LSD.prototype._announce.call({ port: String(cmd.port), infoHash: cmd.infoHash, cookie: cmd.cookie, server: { send: (text) => { sent = text } } })
  return sent
}

// What bittorrent-lsd makes of a datagram (null when it refuses it), without a socket.
function lsdParse (cmd) {
  const warnings = []
  const parsed = LSD.prototype._parseAnnounce.call({ emit: (kind, w) => warnings.push(w) }, Buffer.from(cmd.text, 'base64').toString())
  return { parsed, warnings }
}

const peers = {}
const out = (o) => process.stdout.write(JSON.stringify(o) + '\n')

function create (cmd) {
  const dht = cmd.dhtBootstrap ? { bootstrap: cmd.dhtBootstrap, host: false } : false
  if (cmd.lsd) keepLsdOnLoopback()
  const wt = new WebTorrent({ tracker: false, lsd: !!cmd.lsd, webSeeds: false, utp: false, dht, torrentPort: 0 })
  const opts = { wt, announce: [] }
  if (cmd.seed) opts.seed = cmd.seed
  if (cmd.heartbeat) opts.heartbeat = cmd.heartbeat
  // Looks up the room on the DHT but never announces it: whoever connects, it is this peer dialling.
  if (wt.dht && cmd.dhtLookupOnly) wt.dht.announce = (infoHash, port, cb) => wt.dht.lookup(infoHash, cb)
  const b = cmd.identifier ? new Bugout(cmd.identifier, opts) : new Bugout(opts)
  const name = cmd.name
  const held = []
  peers[name] = { b, wt, held }
  b.register('ping', (address, args, cb) => cb({ pong: args, from: address }), 'answers pong')
  b.register('nothing', (address, args, cb) => cb(null), 'answers null')
  // Answers only when told to (answerHeld), so a caller's timeout can pass first.
  b.register('held', (address, args, cb) => { held.push(() => cb({ late: args })); out({ event: 'held', name, args }) }, 'answers when told')
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
  if (wt.dht) wt.dht.on('peer', (peer, infoHash) => ev('dht-peer', { host: peer.host, port: peer.port, infoHash: infoHash.toString('hex') }))
  if (wt.dht) wt.dht.once('ready', () => ev('dht-ready', {}))
  if (wt.dht) wt.dht.on('announce', (peer, infoHash) => ev('dht-announce', { host: peer.host, port: peer.port, infoHash: infoHash.toString('hex') }))
}

function run (cmd) {
  const p = peers[cmd.name]
  switch (cmd.cmd) {
    case 'create': return create(cmd)
    case 'addPeer': return p.b.torrent.addPeer(cmd.addr)
    case 'send': return cmd.address ? p.b.send(cmd.address, cmd.message) : p.b.send(cmd.message)
    case 'rpc': return p.b.rpc(cmd.address, cmd.call, cmd.args, (r) => out({ event: 'rpc-result', name: cmd.name, call: cmd.call, result: r }))
    case 'answerHeld': p.held.splice(0).forEach((answer) => answer()); return out({ event: 'answered-held', name: cmd.name })
    // What torrent-discovery's next DHT round would do (after 15 minutes): look the room up again.
    case 'dhtLookup': return p.wt.dht.lookup(p.b.torrent.infoHash)
    case 'close':
      // Bugout's destroy() removes the torrent before the "x" leaves; keep it until the packet is out.
      p.b.torrentCreated = false
      p.b.destroy()
      return setTimeout(() => p.wt.destroy(() => out({ event: 'closed', name: cmd.name })), 300)
    case 'kill': return p.wt.destroy(() => out({ event: 'closed', name: cmd.name }))
    case 'lsdFormat': return out({ event: 'lsd-format', text: Buffer.from(lsdFormat(cmd)).toString('base64') })
    case 'lsdParse': return out(Object.assign({ event: 'lsd-parse' }, lsdParse(cmd)))
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
