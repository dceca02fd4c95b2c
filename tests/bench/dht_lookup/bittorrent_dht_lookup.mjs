// The bittorrent-dht side of bench_dht_lookup: the same 50-node loopback network, the same trials.
// Usage: node bittorrent_dht_lookup.mjs <node_modules dir> <nodes> <trials>
// Prints one JSON object: per-trial time to the first peer (ms) and datagrams sent by the looker and by all nodes.
import dgram from 'node:dgram'
import crypto from 'node:crypto'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [nodeModules, nodeCount = '50', trialCount = '20'] = process.argv.slice(2)
const { default: DHT } = await import(pathToFileURL(path.join(nodeModules, 'bittorrent-dht', 'index.js')).href)

// Count every datagram each socket sends.
const sent = new Map()
let total = 0
const send = dgram.Socket.prototype.send
dgram.Socket.prototype.send = function (...args) {
  sent.set(this, (sent.get(this) || 0) + 1)
  total++
  return send.apply(this, args)
}
const sentBy = (dht) => sent.get(dht._rpc.socket.socket) || 0

const nodes = []
for (let i = 0; i < Number(nodeCount); i++) {
  const bootstrap = i === 0 ? false : ['127.0.0.1:' + nodes[0].address().port]
  const dht = new DHT({ bootstrap, host: false })
  nodes.push(dht)
  await new Promise((resolve) => dht.listen(0, '127.0.0.1', resolve))
  await new Promise((resolve) => (dht.ready ? resolve() : dht.once('ready', resolve)))
}

const trials = []
for (let t = 0; t < Number(trialCount); t++) {
  const a = 1 + ((t * 7) % (nodes.length - 1))
  let l = 1 + ((t * 13 + 5) % (nodes.length - 1))
  if (l === a) l = 1 + (l % (nodes.length - 1))
  const ih = crypto.randomBytes(20)
  await new Promise((resolve) => nodes[a].announce(ih, 20000 + t, resolve))
  const looker = nodes[l]
  const before = sentBy(looker)
  const beforeAll = total
  const start = process.hrtime.bigint()
  await new Promise((resolve) => {
    let done = false
    const onPeer = (peer, infoHash) => {
      if (done || !Buffer.from(infoHash).equals(ih)) return
      done = true
      const ms = Number(process.hrtime.bigint() - start) / 1e6
      trials.push({ ms, looker: sentBy(looker) - before, all: total - beforeAll })
      looker.removeListener('peer', onPeer)
      resolve()
    }
    looker.on('peer', onPeer)
    looker.lookup(ih)
  })
  await new Promise((resolve) => setTimeout(resolve, 50)) // let the lookup's tail settle
}
process.stdout.write(JSON.stringify({ nodes: nodes.length, trials }) + '\n')
let left = nodes.length
for (const dht of nodes) dht.destroy(() => { if (--left === 0) process.exit(0) })
setTimeout(() => process.exit(0), 3000).unref()
