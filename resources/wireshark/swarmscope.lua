-- Wireshark dissector for Swarmscope packet captures (pcapng written by the packet inspector).
--
-- Each packet is a small header followed by the frame's plaintext (docs/INSPECTOR_PACKETS.md):
--   u8 magic 0x53 'S' | u8 version 1 | u8 direction (0 received, 1 sent) | u8 transport
--   | u64 connection id (big-endian) | u8 peer length L | L bytes peer (UTF-8) | payload
-- The payload of swarmscope/1 frames is one CBOR map whose integer key "t" is the message type.
--
-- Use:  wireshark -X lua_script:swarmscope.lua capture.pcapng
--   or  copy this file into ~/.local/lib/wireshark/plugins/
-- The file's link type is LINKTYPE_USER0 (147), i.e. the USER0 encapsulation.

local proto = Proto("swarmscope", "Swarmscope frame")

local directions = { [0] = "received", [1] = "sent" }
local transports = { [0] = "other", [1] = "tcp", [2] = "ws", [3] = "memory", [4] = "udp", [5] = "bittorrent" }
local types = {
    [1] = "hello", [2] = "ping", [3] = "pong", [4] = "join", [5] = "leave", [6] = "room-message",
    [7] = "direct-message", [8] = "rpc-call", [9] = "rpc-result", [10] = "rpc-error", [11] = "announce",
    [12] = "reply", [13] = "relay", [14] = "peers", [15] = "bye", [16] = "data",
}

local f_magic = ProtoField.uint8("swarmscope.magic", "Magic", base.HEX)
local f_version = ProtoField.uint8("swarmscope.version", "Header version")
local f_direction = ProtoField.uint8("swarmscope.direction", "Direction", base.DEC, directions)
local f_transport = ProtoField.uint8("swarmscope.transport", "Transport", base.DEC, transports)
local f_connection = ProtoField.uint64("swarmscope.connection", "Connection id")
local f_peer_len = ProtoField.uint8("swarmscope.peer_len", "Peer length")
local f_peer = ProtoField.string("swarmscope.peer", "Peer")
local f_t = ProtoField.int32("swarmscope.t", "Message type number")
local f_type = ProtoField.string("swarmscope.type", "Message type")
local f_payload = ProtoField.bytes("swarmscope.payload", "Payload (CBOR)")
proto.fields = { f_magic, f_version, f_direction, f_transport, f_connection, f_peer_len, f_peer, f_t, f_type,
                 f_payload }

-- Minimal CBOR reader: enough to walk the top-level map and read integer and text keys.
-- Returns (major, value or length, offset after the head) or nil when the data is short.
local function head(buf, off, len)
    if off >= len then return nil end
    local b = buf(off, 1):uint()
    local major, info = bit.rshift(b, 5), bit.band(b, 0x1f)
    off = off + 1
    if info < 24 then return major, info, off end
    local n = ({ [24] = 1, [25] = 2, [26] = 4, [27] = 8 })[info]
    if n == nil or off + n > len then return nil end
    local v
    if n == 8 then v = buf(off, 8):uint64():tonumber() else v = buf(off, n):uint() end
    return major, v, off + n
end

-- Offset after the item at off, or nil (bounded depth, no indefinite lengths).
local function skip(buf, off, len, depth)
    if depth > 32 then return nil end
    local major, v, o = head(buf, off, len)
    if major == nil then return nil end
    if major == 0 or major == 1 or major == 7 then return o end
    if major == 2 or major == 3 then
        if o + v > len then return nil end
        return o + v
    end
    if major == 6 then return skip(buf, o, len, depth + 1) end
    local count = (major == 5) and v * 2 or v
    for _ = 1, count do
        o = skip(buf, o, len, depth + 1)
        if o == nil then return nil end
    end
    return o
end

-- The integer value of key "t" of the top-level map, or nil.
local function type_of(buf, off, len)
    local major, count, o = head(buf, off, len)
    if major ~= 5 then return nil end
    for _ = 1, count do
        local km, kv, ko = head(buf, o, len)
        if km == nil then return nil end
        local is_t = km == 3 and kv == 1 and ko + 1 <= len and buf(ko, 1):string() == "t"
        o = skip(buf, o, len, 0)
        if o == nil then return nil end
        if is_t then
            local vm, vv, vo = head(buf, o, len)
            if vm == 0 then return vv, o, vo - o end
            if vm == 1 then return -1 - vv, o, vo - o end
            return nil
        end
        o = skip(buf, o, len, 0)
        if o == nil then return nil end
    end
    return nil
end

local cbor = Dissector.get("cbor")
-- Transport 5: a BitTorrent message as on the wire (Bugout rooms), for Wireshark's own dissector.
local bittorrent = nil
pcall(function() bittorrent = Dissector.get("bittorrent.tcp") end)

function proto.dissector(buf, pinfo, tree)
    local len = buf:len()
    if len < 13 or buf(0, 1):uint() ~= 0x53 then return 0 end
    pinfo.cols.protocol = "Swarmscope"
    local subtree = tree:add(proto, buf(), "Swarmscope frame")
    subtree:add(f_magic, buf(0, 1))
    subtree:add(f_version, buf(1, 1))
    subtree:add(f_direction, buf(2, 1))
    subtree:add(f_transport, buf(3, 1))
    subtree:add(f_connection, buf(4, 8))
    local peer_len = buf(12, 1):uint()
    subtree:add(f_peer_len, buf(12, 1))
    local start = 13 + peer_len
    if start > len then return len end
    local peer = ""
    if peer_len > 0 then
        peer = buf(13, peer_len):string()
        subtree:add(f_peer, buf(13, peer_len))
    end
    local sent = buf(2, 1):uint() == 1
    if sent then
        pinfo.cols.src = "local"
        pinfo.cols.dst = peer
    else
        pinfo.cols.src = peer
        pinfo.cols.dst = "local"
    end

    local name = "?"
    if buf(3, 1):uint() == 5 and start < len then
        local payload = buf(start)
        subtree:add(f_payload, payload):set_text("Payload (BitTorrent)")
        if bittorrent ~= nil then
            pcall(function() bittorrent:call(payload:tvb(), pinfo, tree) end)
        end
        pinfo.cols.protocol = "Swarmscope/BT"
        name = "bittorrent"
    elseif start < len then
        local payload = buf(start)
        subtree:add(f_payload, payload)
        local t, t_off, t_len = type_of(buf, start, len)
        if t ~= nil then
            name = types[t] or ("type " .. t)
            if t >= -2147483648 and t <= 2147483647 then subtree:add(f_t, buf(t_off, t_len), t) end
            subtree:add(f_type, buf(t_off, t_len), name)
        end
        if cbor ~= nil then
            pcall(function() cbor:call(payload:tvb(), pinfo, subtree) end)
            pinfo.cols.protocol = "Swarmscope"
        end
    end
    pinfo.cols.info = string.format("%s %s %s", sent and "→" or "←", name, peer)
    return len
end

local encap = nil
if wtap_encaps ~= nil then encap = wtap_encaps.USER0 end
if encap == nil and wtap ~= nil then encap = wtap.USER0 end
DissectorTable.get("wtap_encap"):add(encap, proto)
