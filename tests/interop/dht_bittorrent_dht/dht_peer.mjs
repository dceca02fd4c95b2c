// Drives a network of npm bittorrent-dht nodes on 127.0.0.1 for the interop test.
// Usage: node dht_peer.mjs <node_modules dir> <package dir name, e.g. bittorrent-dht or bittorrent-dht7>
// Reads one JSON command per line on stdin, prints one JSON event per line on stdout:
//   {"cmd":"create","count":N,"bootstrap":["127.0.0.1:P"] | false}
//       -> {"event":"created","ports":[...]}  (with bootstrap false, nodes 1..N-1 bootstrap from node 0)
//   {"cmd":"announce","node":i,"infohash":hex,"port":p}  -> {"event":"announced","node":i,"error":...}
//   {"cmd":"lookup","node":i,"infohash":hex}  -> {"event":"peer",...}* then {"event":"lookupDone",...}
//   {"cmd":"addNode","node":i,"host":h,"port":p}
// Never contacts anything but the addresses it is given: every node has an explicit bootstrap.
import path from 'node:path'
import readline from 'node:readline'
import { pathToFileURL } from 'node:url'

const [nodeModules, pkg] = process.argv.slice(2)
const mod = await import(pathToFileURL(path.join(nodeModules, pkg, 'index.js')).href)
const DHT = mod.default

const nodes = []
const print = (obj) => process.stdout.write(JSON.stringify(obj) + '\n')

function listen (dht) {
  return new Promise((resolve) => dht.listen(0, '127.0.0.1', () => resolve(dht.address().port)))
}

function ready (dht) {
  return new Promise((resolve) => (dht.ready ? resolve() : dht.once('ready', resolve)))
}

async function create (count, bootstrap) {
  const first = nodes.length
  for (let i = 0; i < count; i++) {
    let list = bootstrap
    if (list === false && i > 0) list = ['127.0.0.1:' + nodes[first].address().port]
    const dht = new DHT({ bootstrap: list, host: false })
    dht.on('error', (err) => print({ event: 'error', message: String(err) }))
    dht.on('warning', () => {})
    nodes.push(dht)
    await listen(dht)
    // Wait for each node to finish its bootstrap so that the next one finds a populated network.
    await ready(dht)
  }
  print({ event: 'created', ports: nodes.slice(first).map((d) => d.address().port) })
}

function handle (cmd) {
  const dht = nodes[cmd.node]
  switch (cmd.cmd) {
    case 'create':
      create(cmd.count, cmd.bootstrap).catch((err) => print({ event: 'error', message: String(err) }))
      break
    case 'announce':
      dht.announce(cmd.infohash, cmd.port, (err) => print({ event: 'announced', node: cmd.node, error: err ? String(err) : null }))
      break
    case 'lookup': {
      const onPeer = (peer, infoHash) => {
        if (Buffer.from(infoHash).toString('hex') !== cmd.infohash) return
        print({ event: 'peer', node: cmd.node, infohash: cmd.infohash, host: peer.host, port: peer.port })
      }
      dht.on('peer', onPeer)
      dht.lookup(cmd.infohash, (err, n) => {
        print({ event: 'lookupDone', node: cmd.node, infohash: cmd.infohash, nodes: n || 0, error: err ? String(err) : null })
        setTimeout(() => dht.removeListener('peer', onPeer), 100)
      })
      break
    }
    case 'addNode':
      dht.addNode({ host: cmd.host, port: cmd.port })
      break
    case 'table':
      print({ event: 'table', node: cmd.node, nodes: dht.toJSON().nodes.length })
      break
    default:
      print({ event: 'error', message: 'unknown command ' + cmd.cmd })
  }
}

const rl = readline.createInterface({ input: process.stdin })
rl.on('line', (line) => {
  if (!line.trim()) return
  try {
    handle(JSON.parse(line))
  } catch (err) {
    print({ event: 'error', message: String(err) })
  }
})
rl.on('close', () => {
  let left = nodes.length
  if (!left) process.exit(0)
  for (const dht of nodes) dht.destroy(() => { if (--left === 0) process.exit(0) })
  setTimeout(() => process.exit(0), 2000).unref()
})
print({ event: 'started', package: pkg })
