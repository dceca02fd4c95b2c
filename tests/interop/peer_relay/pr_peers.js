// Hosts real npm peer-relay@0.0.2 peers for tst_peer_relay_interop, on loopback only.
// stdin: one JSON command per line; stdout: one JSON event per line.
//   {"cmd":"start","name":"A","port":0|null,"bootstrap":["ws://127.0.0.1:P"],"populate":true}
//     -> {"event":"started","name":"A","id":HEX,"port":P|null}
//   {"cmd":"send","name":"A","to":HEX,"data":ANY}      {"cmd":"connect","name":"A","to":HEX}
//   {"cmd":"socket","name":"A","port":N}  (a PeerRelay.Socket on its own peer; "name" names it)
//   {"cmd":"dgram","name":"A","to":HEX,"port":N,"text":"..."}
//   {"cmd":"ping","n":N} -> {"event":"pong","n":N}  (everything printed before it has arrived)
//   {"cmd":"quit"}
// Events: peer {name,id}, message {name,from,data}, seen {name,nonce,pathLength,to} for every
// envelope a peer's router takes in, datagram {name,from,port,text}.
'use strict'
const PeerRelay = require('peer-relay')
const Router = require('peer-relay/lib/router')
const readline = require('readline')

const peers = {}
const sockets = {}
const out = (o) => process.stdout.write(JSON.stringify(o) + '\n')
const hex = (b) => Buffer.isBuffer(b) ? b.toString('hex') : String(b)

// Every envelope each router takes in (before its dedup), so a test can count hops and loops.
const onMessage = Router.prototype._onMessage
Router.prototype._onMessage = function (msg) {
  const name = this._swarmscopeName
  if (name) out({ event: 'seen', name, nonce: msg.nonce, pathLength: msg.path.length, to: hex(msg.to), path: msg.path.slice() })
  return onMessage.call(this, msg)
}

function start (c) {
  const opts = { bootstrap: c.bootstrap || [] }
  if (c.port != null) opts.port = c.port
  const p = new PeerRelay(opts)
  p.router._swarmscopeName = c.name
  // A hand-built topology: no direct links beyond the bootstrap dials.
  if (c.populate === false) p._populate = function () {}
  peers[c.name] = p
  p.on('peer', (id) => out({ event: 'peer', name: c.name, id: id.toString('hex') }))
  p.on('message', (data, from) => out({ event: 'message', name: c.name, from: from.toString('hex'), data }))
  const started = () => out({ event: 'started', name: c.name, id: p.id.toString('hex'), port: p.wsConnector._wss ? p.wsConnector._wss._server.address().port : null })
  if (p.wsConnector._wss) p.wsConnector._wss.on('listening', started)
  else started()
}

function socket (c) {
  const s = new PeerRelay.Socket({ bootstrap: c.bootstrap || [] })
  s.peer.router._swarmscopeName = c.name
  s.peer._populate = function () {}
  sockets[c.name] = s
  s.on('message', (buf, rinfo) => out({ event: 'datagram', name: c.name, from: rinfo.address, port: rinfo.port, text: buf.toString() }))
  s.bind(c.port, () => out({ event: 'bound', name: c.name, id: s.address().address, port: s.address().port }))
}

const rl = readline.createInterface({ input: process.stdin })
rl.on('line', (line) => {
  const c = JSON.parse(line)
  if (c.cmd === 'start') start(c)
  else if (c.cmd === 'send') peers[c.name].send(Buffer.from(c.to, 'hex'), c.data)
  else if (c.cmd === 'connect') peers[c.name].connect(Buffer.from(c.to, 'hex'))
  else if (c.cmd === 'socket') socket(c)
  else if (c.cmd === 'dgram') {
    const b = Buffer.from(c.text)
    sockets[c.name].send(b, 0, b.length, c.port, c.to)
  } else if (c.cmd === 'ping') out({ event: 'pong', n: c.n })
  else if (c.cmd === 'quit') process.exit(0)
})
rl.on('close', () => process.exit(0))
out({ event: 'ready' })
