// hyperswarm's side of tools/bench-vs-hyperswarm.sh: the same figures bench_channel and bench_join
// print for Swarmscope, measured with the pinned hyperswarm and hyperdht on a local hyperdht
// testnet on 127.0.0.1 (no public bootstrap node is ever contacted). Each figure's far end is a
// second Node process, as bench_channel's is a second process of ours.
//   node hyperswarm_bench.js channel BULK_MIB   bulk, ping-pong and one-way messages
//   node hyperswarm_bench.js join TRIALS        join -> connected, second peer after the first announced
//   node hyperswarm_bench.js idle SECONDS       an idle swarm with one topic joined; prints its memory
'use strict'
const { fork } = require('child_process')
const crypto = require('crypto')
const fs = require('fs')
const Hyperswarm = require('hyperswarm')
const createTestnet = require('hyperdht/testnet')

const PING_ROUNDS = 20000
const ONE_WAY = 2000000
const SMALL = Buffer.alloc(100, 'p')
const CHUNK = Buffer.alloc(64 * 1024, 'b')

function median (v) { v.sort((a, b) => a - b); return v[Math.floor(v.length / 2)] }
function p99 (v) { v.sort((a, b) => a - b); return v[Math.min(v.length - 1, Math.floor(v.length * 0.99))] }
function now () { return Number(process.hrtime.bigint()) / 1e6 }  // ms

// The far end: joins as server, echoes "echo" messages, counts the rest, answers "count?".
async function serve (bootstrap, topicHex) {
  const swarm = new Hyperswarm({ bootstrap })
  swarm.on('connection', (conn) => {
    let received = 0
    conn.on('data', (d) => {
      if (d.length >= 4 && d.toString('latin1', 0, 4) === 'echo') conn.write(d)
      else if (d.length === 6 && d.toString() === 'count?') conn.write(Buffer.from(String(received)))
      else received += d.length
    })
    conn.on('error', () => {})
    conn.on('close', () => process.exit(0))
  })
  await swarm.join(Buffer.from(topicHex, 'hex'), { server: true, client: false }).flushed()
  process.send('ready')
}

function nextMessage (conn) {
  return new Promise((resolve) => conn.once('data', resolve))
}

async function writeAll (conn, buf, count) {
  for (let i = 0; i < count; i++) {
    if (!conn.write(buf)) await new Promise((resolve) => conn.once('drain', resolve))
  }
}

async function channel (bulkMiB) {
  const testnet = await createTestnet(3)
  const topic = crypto.randomBytes(32)
  const far = fork(__filename, ['serve', JSON.stringify(testnet.bootstrap), topic.toString('hex')])
  await new Promise((resolve) => far.once('message', resolve))
  const swarm = new Hyperswarm({ bootstrap: testnet.bootstrap })
  const connected = new Promise((resolve) => swarm.once('connection', resolve))
  swarm.join(topic, { server: false, client: true })
  const conn = await connected
  conn.on('error', () => {})
  console.log('hyperswarm channel benchmark: two processes on 127.0.0.1, hyperdht testnet')

  const chunks = (bulkMiB * 1024 * 1024) / CHUNK.length
  let t = now()
  await writeAll(conn, CHUNK, chunks)
  conn.write(Buffer.from('count?'))
  let answer = await nextMessage(conn)
  let secs = (now() - t) / 1000
  console.log(`bulk: ${bulkMiB} MiB in ${secs.toFixed(2)} s = ${((bulkMiB * 1048576) / secs / 1e6).toFixed(0)} MB/s (payload, received ${answer})`)

  const rtts = []
  const echo = Buffer.concat([Buffer.from('echo'), SMALL.subarray(4)])
  for (let i = 0; i < PING_ROUNDS; i++) {
    const t0 = process.hrtime.bigint()
    conn.write(echo)
    await nextMessage(conn)
    rtts.push(Number(process.hrtime.bigint() - t0) / 1000)
  }
  console.log(`ping-pong 100 B: median ${median(rtts).toFixed(1)} us, p99 ${p99(rtts).toFixed(1)} us over ${PING_ROUNDS} rounds`)

  const before = Number((await (async () => { conn.write(Buffer.from('count?')); return nextMessage(conn) })()).toString())
  t = now()
  await writeAll(conn, SMALL, ONE_WAY)
  conn.write(Buffer.from('count?'))
  answer = Number((await nextMessage(conn)).toString())
  secs = (now() - t) / 1000
  console.log(`one-way 100 B messages: ${ONE_WAY} in ${secs.toFixed(2)} s = ${(ONE_WAY / secs).toFixed(0)} msg/s (received ${(answer - before) / SMALL.length})`)

  conn.destroy()
  await swarm.destroy()
  await testnet.destroy()
  far.kill()
}

async function join (trials) {
  const testnet = await createTestnet(3)
  const ms = []
  for (let i = 0; i < trials; i++) {
    const topic = crypto.randomBytes(32)
    const a = new Hyperswarm({ bootstrap: testnet.bootstrap })
    const b = new Hyperswarm({ bootstrap: testnet.bootstrap })
    for (const s of [a, b]) s.on('connection', (conn) => conn.on('error', () => {}))
    await a.join(topic, { server: true, client: false }).flushed()
    const t = now()
    const connected = new Promise((resolve) => b.once('connection', resolve))
    b.join(topic, { server: false, client: true })
    const timeout = new Promise((resolve) => setTimeout(() => resolve(null), 5000))
    if (await Promise.race([connected, timeout])) ms.push(now() - t)
    await a.destroy()
    await b.destroy()
  }
  console.log(`join -> connected, second peer after the first announced, hyperdht testnet: median ${median(ms).toFixed(2)} ms (${ms.length} of ${trials} trials)`)
  await testnet.destroy()
}

function smapsKiB (pid, field) {
  const m = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))
  return m ? Number(m[1]) : -1
}

async function idle (seconds) {
  const testnet = await createTestnet(3)
  const child = fork(__filename, ['idle-peer', JSON.stringify(testnet.bootstrap)])
  await new Promise((resolve) => child.once('message', resolve))
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))  // a benchmark, not a test: let it settle
  console.log(`idle hyperswarm node, one topic joined: VmRSS: ${smapsKiB(child.pid, 'Rss')} kB, Private_Dirty: ${smapsKiB(child.pid, 'Private_Dirty')} kB`)
  child.kill()
  await testnet.destroy()
}

async function idlePeer (bootstrap) {
  const swarm = new Hyperswarm({ bootstrap })
  await swarm.join(crypto.randomBytes(32)).flushed()
  process.send('ready')
}

const [mode, arg, arg2] = process.argv.slice(2)
const run = {
  channel: () => channel(Number(arg || 2048)),
  join: () => join(Number(arg || 10)),
  idle: () => idle(Number(arg || 3)),
  serve: () => serve(JSON.parse(arg), arg2),
  'idle-peer': () => idlePeer(JSON.parse(arg))
}[mode]
if (!run) {
  console.error('usage: hyperswarm_bench.js channel BULK_MIB | join TRIALS | idle SECONDS')
  process.exit(2)
}
run().then(() => { if (mode !== 'serve' && mode !== 'idle-peer') process.exit(0) }, (err) => { console.error(err); process.exit(1) })
