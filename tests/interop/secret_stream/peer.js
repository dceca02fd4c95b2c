'use strict'
// The npm side of tst_secret_stream_interop: a real @hyperswarm/secret-stream over TCP on
// 127.0.0.1 that sends a deterministic byte pattern in messages of known sizes and checks
// what it receives the same way.
//
//   node peer.js server <seedHex> <expectedRemoteHex> <bytes>
//   node peer.js client <seedHex> <expectedRemoteHex> <bytes> <port>
//
// stdout lines: LISTENING <port>, PUBLIC <hex>, REMOTE_OK, RECEIVED <sha256 hex>, OK, FAIL <why>

const net = require('net')
const crypto = require('crypto')
const SecretStream = require('@hyperswarm/secret-stream')

const [mode, seedHex, expectedHex, totalArg, portArg] = process.argv.slice(2)
const total = Number(totalArg)

// Must match tst_secret_stream_interop.cpp.
const SEED_FROM_NODE = 0x6e6f6465
const SEED_FROM_CPP = 0x2b2b4350
const NODE_SIZES = [1, 17, 1000, 65536, 300000, 4096, 123457]
const CPP_SIZES = [65536, 3, 200000, 1, 77777, 16384]

function pattern (size, seed) {
  const out = Buffer.allocUnsafe(size)
  let x = (seed | 1) >>> 0
  for (let i = 0; i < size; i++) {
    x = (x ^ (x << 13)) >>> 0
    x = (x ^ (x >>> 17)) >>> 0
    x = (x ^ (x << 5)) >>> 0
    out[i] = x & 0xff
  }
  return out
}

function schedule (sizes, totalBytes) {
  const out = []
  let left = totalBytes
  for (let i = 0; left > 0; i++) {
    const n = Math.min(sizes[i % sizes.length], left)
    out.push(n)
    left -= n
  }
  return out
}

function fail (why) {
  console.log('FAIL ' + why)
  process.exit(1)
}

const watchdog = setTimeout(() => fail('timeout'), 60000)

function run (isInitiator, socket) {
  const keyPair = SecretStream.keyPair(Buffer.from(seedHex, 'hex'))
  console.log('PUBLIC ' + keyPair.publicKey.toString('hex'))

  const stream = new SecretStream(isInitiator, socket, { keyPair })
  const chunks = []
  const sizes = []
  let received = 0

  stream.on('error', (err) => fail('stream error: ' + err.message))

  stream.on('connect', () => {
    const remote = stream.remotePublicKey.toString('hex')
    if (remote !== expectedHex) fail('remote public key ' + remote + ' expected ' + expectedHex)
    console.log('REMOTE_OK')

    const data = pattern(total, SEED_FROM_NODE)
    let offset = 0
    for (const n of schedule(NODE_SIZES, total)) {
      stream.write(data.subarray(offset, offset + n))
      offset += n
    }
  })

  stream.on('data', (data) => {
    chunks.push(data)
    sizes.push(data.byteLength)
    received += data.byteLength
    if (received < total) return
    if (received > total) fail('received ' + received + ' bytes, expected ' + total)

    const all = Buffer.concat(chunks)
    if (!all.equals(pattern(total, SEED_FROM_CPP))) fail('received bytes differ from the pattern')
    const expectedSizes = schedule(CPP_SIZES, total)
    if (sizes.join(',') !== expectedSizes.join(',')) fail('message sizes ' + sizes.join(','))
    console.log('RECEIVED ' + crypto.createHash('sha256').update(all).digest('hex'))
    console.log('OK')
    stream.end()
  })

  stream.on('end', () => {})
  stream.on('close', () => {
    clearTimeout(watchdog)
    process.exit(received === total ? 0 : 1)
  })
}

if (mode === 'server') {
  const server = net.createServer((socket) => {
    server.close()
    run(false, socket)
  })
  server.listen(0, '127.0.0.1', () => console.log('LISTENING ' + server.address().port))
} else if (mode === 'client') {
  const socket = net.connect(Number(portArg), '127.0.0.1')
  socket.on('error', (err) => fail('socket error: ' + err.message))
  run(true, socket)
} else {
  fail('usage: peer.js server|client <seedHex> <expectedRemoteHex> <bytes> [port]')
}
