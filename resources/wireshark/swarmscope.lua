-- Wireshark dissector for Swarmscope packet captures (pcapng written by the packet inspector).
--
-- Each packet is a small header followed by the frame's plaintext (docs/INSPECTOR_PACKETS.md):
--   u8 magic 0x53 'S' | u8 version 1 | u8 direction (0 received, 1 sent) | u8 transport
--   | u64 connection id (big-endian) | u8 peer length L | L bytes peer (UTF-8) | payload
-- The payload of swarmscope/1 frames is one CBOR map whose integer key "t" is the message type.
-- Transport 5 frames are BitTorrent messages of Bugout rooms: Wireshark's own BitTorrent
-- dissector decodes them, and Bugout's packets and extended handshakes get a tree of their own
-- (fields swarmscope.bugout.*).
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
local fields = { f_magic, f_version, f_direction, f_transport, f_connection, f_peer_len, f_peer, f_t, f_type,
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

-- Bugout over BitTorrent (transport 5). Wireshark's BitTorrent dissector shows the payload of
-- extension messages other than the handshake as bytes; Bugout packets get a tree here
-- (docs/BUGOUT.md, and engine/bugout/bugout_packet.h for the layout):
--   signed: bencode {p: bencode(inner), s: Ed25519 signature over the bytes of p}
--   inner:  {t: ms, i: identifier, pk, ek, n: 8 random bytes, y: type, ...fields of the type}
--   sealed: bencode {n: 24-byte nonce, ek: sender's box key, e: nacl.box(signed packet)}
local bugout_types = { m = "message", p = "ping", r = "rpc call", rr = "rpc response", x = "leave" }
local unverified = " — not verified in Wireshark (the inspector verifies it)"

local bo = {
    root = ProtoField.none("swarmscope.bugout", "Bugout"),
    ext_id = ProtoField.uint8("swarmscope.bugout.ext_id", "Extended message id"),
    -- The extended handshake (ext id 0): m says which number each extension uses.
    bo_channel = ProtoField.uint32("swarmscope.bugout.handshake.bo_channel", "bo_channel id"),
    hs_id = ProtoField.string("swarmscope.bugout.handshake.id", "Identifier (id)", base.UNICODE),
    hs_pk = ProtoField.string("swarmscope.bugout.handshake.pk", "Signing key (pk)"),
    hs_ek = ProtoField.string("swarmscope.bugout.handshake.ek", "Box key (ek)"),
    p = ProtoField.bytes("swarmscope.bugout.p", "Signed packet (p)"),
    s = ProtoField.bytes("swarmscope.bugout.s", "Signature (s)"),
    y = ProtoField.string("swarmscope.bugout.y", "Type (y)"),
    t = ProtoField.int64("swarmscope.bugout.t", "Time (t, ms since the epoch)"),
    i = ProtoField.string("swarmscope.bugout.i", "Identifier (i)", base.UNICODE),
    pk = ProtoField.string("swarmscope.bugout.pk", "Signing key (pk)"),
    ek = ProtoField.string("swarmscope.bugout.ek", "Box key (ek)"),
    n = ProtoField.bytes("swarmscope.bugout.n", "Nonce (n)"),
    v = ProtoField.string("swarmscope.bugout.v", "Message, JSON (v)", base.UNICODE),
    text = ProtoField.string("swarmscope.bugout.text", "Message text", base.UNICODE),
    c = ProtoField.string("swarmscope.bugout.c", "Call (c)", base.UNICODE),
    a = ProtoField.string("swarmscope.bugout.a", "Arguments, JSON (a)", base.UNICODE),
    rn = ProtoField.bytes("swarmscope.bugout.rn", "Call nonce (rn)"),
    rr = ProtoField.string("swarmscope.bugout.rr", "Result, JSON (rr)", base.UNICODE),
    sealed_n = ProtoField.bytes("swarmscope.bugout.sealed.n", "Box nonce (n)"),
    sealed_ek = ProtoField.string("swarmscope.bugout.sealed.ek", "Sender's box key (ek)"),
    sealed_e = ProtoField.bytes("swarmscope.bugout.sealed.e", "Sealed packet (e)"),
}
-- How each key of the inner packet is shown: its field and the bencode kind it must have.
local inner_fields = {
    y = { bo.y, "str" }, t = { bo.t, "int" }, i = { bo.i, "str" }, pk = { bo.pk, "str" }, ek = { bo.ek, "str" },
    n = { bo.n, "bytes" }, v = { bo.v, "str" }, c = { bo.c, "str" }, a = { bo.a, "str" }, rn = { bo.rn, "bytes" },
    rr = { bo.rr, "str" },
}
local sealed_fields = { n = { bo.sealed_n, "bytes" }, ek = { bo.sealed_ek, "str" }, e = { bo.sealed_e, "bytes" } }
local handshake_fields = { id = { bo.hs_id, "str" }, pk = { bo.hs_pk, "str" }, ek = { bo.hs_ek, "str" } }
for _, f in pairs(bo) do fields[#fields + 1] = f end

local ef_malformed = ProtoExpert.new("swarmscope.bugout.malformed", "malformed bencode", expert.group.MALFORMED,
                                     expert.severity.ERROR)
local ef_field = ProtoExpert.new("swarmscope.bugout.bad_field", "Bugout field missing or of the wrong kind",
                                 expert.group.PROTOCOL, expert.severity.WARN)
proto.experts = { ef_malformed, ef_field }

-- Bencode (BEP 3) of a Lua string, as strict as the engine's decoder (engine/dht/bencode.cpp):
-- no leading zeros, no "-0", string keys that do not repeat, at most 16 levels and 4096 values.
-- Returns the value and an error text (with a value too for trailing garbage); never raises.
-- Values: { k = "int"|"str"|"list"|"dict", at, len (0-based, in s), v (digits or bytes),
-- vat (where a string's bytes start), items (list values, or dict {key, value}), map (dict) }.
local function bdecode(s)
    local pos, count = 1, 0
    local function fail(what, at) error({ string.format("%s at offset %d", what, at - 1) }, 0) end
    local function str()
        local at = pos
        local colon = s:find(":", pos, true)
        if not colon then fail("truncated: string length without ':'", at) end
        local digits = s:sub(pos, colon - 1)
        if not digits:match("^%d+$") or #digits > 10 or digits:match("^0.") then fail("bad-length", at) end
        local n = tonumber(digits)
        if colon + n > #s then fail("truncated: string of " .. n .. " bytes runs past the end", at) end
        pos = colon + 1 + n
        return { k = "str", at = at - 1, len = pos - at, v = s:sub(colon + 1, colon + n), vat = colon }
    end
    local function value(depth)
        local at, c = pos, s:sub(pos, pos)
        if c == "" then fail("truncated: input ends where a value should start", at) end
        count = count + 1
        if count > 4096 then fail("too-many-items", at) end
        if c == "i" then
            local e = s:find("e", pos, true)
            if not e then fail("truncated: integer without 'e'", at) end
            local digits = s:sub(pos + 1, e - 1)
            local mag = digits:match("^%-?(%d+)$")
            local max = digits:sub(1, 1) == "-" and "9223372036854775808" or "9223372036854775807"  -- 64 bits
            if not mag or #mag > 19 or mag:match("^0.") or digits == "-0" or (#mag == 19 and mag > max) then
                fail("bad-integer", at)
            end
            pos = e + 1
            return { k = "int", at = at - 1, len = pos - at, v = digits }
        end
        if c:match("%d") then return str() end
        if c ~= "l" and c ~= "d" then fail(string.format("bad-type: unexpected byte 0x%02x", c:byte()), at) end
        if depth >= 16 then fail("too-deep", at) end
        local node = { k = c == "l" and "list" or "dict", at = at - 1, items = {}, map = {} }
        pos = pos + 1
        while s:sub(pos, pos) ~= "e" do
            if pos > #s then fail("truncated: " .. node.k .. " without 'e'", pos) end
            if node.k == "list" then
                node.items[#node.items + 1] = value(depth + 1)
            else
                if not s:sub(pos, pos):match("%d") then fail("bad-type: dictionary key is not a string", pos) end
                count = count + 1
                if count > 4096 then fail("too-many-items", pos) end
                local key = str()
                if node.map[key.v] then fail("duplicate-key", key.at + 1) end
                local v = value(depth + 1)
                node.items[#node.items + 1] = { key = key, value = v }
                node.map[key.v] = v
            end
        end
        pos = pos + 1
        node.len = pos - at
        return node
    end
    if #s == 0 then return nil, "empty" end
    local ok, res = pcall(value, 0)
    if not ok then return nil, type(res) == "table" and res[1] or tostring(res) end
    if pos <= #s then return res, "trailing-garbage at offset " .. (pos - 1) end
    return res
end

-- The text of a JSON string literal (Bugout's "v" of a text message), or nil for other JSON.
local function json_text(json)
    local body = json:match('^%s*"(.*)"%s*$')
    if body == nil then return nil end
    local escapes = { ['"'] = '"', ["\\"] = "\\", ["/"] = "/", b = "\b", f = "\f", n = "\n", r = "\r", t = "\t" }
    local function encode_utf8(cp)
        if cp < 0x80 then return string.char(cp) end
        if cp < 0x800 then return string.char(0xC0 + math.floor(cp / 0x40), 0x80 + cp % 0x40) end
        if cp < 0x10000 then
            return string.char(0xE0 + math.floor(cp / 0x1000), 0x80 + math.floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
        end
        return string.char(0xF0 + math.floor(cp / 0x40000), 0x80 + math.floor(cp / 0x1000) % 0x40,
                           0x80 + math.floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
    end
    local out, i = {}, 1
    while i <= #body do
        local c = body:sub(i, i)
        if c == '"' then return nil end  -- an unescaped quote: more than one string
        if c ~= "\\" then
            out[#out + 1], i = c, i + 1
        elseif escapes[body:sub(i + 1, i + 1)] then
            out[#out + 1], i = escapes[body:sub(i + 1, i + 1)], i + 2
        else
            local cp = body:match("^\\u(%x%x%x%x)", i) and tonumber(body:sub(i + 2, i + 5), 16)
            if not cp then return nil end
            i = i + 6
            local lo = body:match("^\\u(%x%x%x%x)", i) and tonumber(body:sub(i + 2, i + 5), 16)
            if cp >= 0xD800 and cp < 0xDC00 and lo and lo >= 0xDC00 and lo < 0xE000 then
                cp, i = 0x10000 + (cp - 0xD800) * 0x400 + (lo - 0xDC00), i + 6
            elseif cp >= 0xD800 and cp < 0xE000 then
                cp = 0xFFFD  -- a lone surrogate
            end
            out[#out + 1] = encode_utf8(cp)
        end
    end
    return table.concat(out)
end

-- A byte string as text when printable, else as (the start of) its hex.
local function show(bytes)
    if not bytes:find("[^\32-\126]") then return '"' .. bytes .. '"' end
    local hex = bytes:sub(1, 32):gsub(".", function(ch) return string.format("%02x", ch:byte()) end)
    return string.format("%s%s (%d bytes)", hex, #bytes > 32 and "…" or "", #bytes)
end

-- Any value as plain text items (keys we have no field for, and values of the wrong kind).
local function add_plain(tree, buf, base, label, node)
    local range = buf(base + node.at, node.len)
    if node.k == "int" then return tree:add(range, label .. ": " .. node.v) end
    if node.k == "str" then return tree:add(range, label .. ": " .. show(node.v)) end
    local sub = tree:add(range, string.format("%s: %s of %d", label, node.k == "dict" and "dictionary" or "list",
                                              #node.items))
    for idx, item in ipairs(node.items) do
        if node.k == "dict" then add_plain(sub, buf, base, show(item.key.v), item.value)
        else add_plain(sub, buf, base, "[" .. (idx - 1) .. "]", item) end
    end
    return sub
end

-- A dict entry through its field ({field, kind}); a value of another kind is shown as it is.
local function add_entry(tree, buf, base, key, node, spec)
    local range = buf(base + node.at, node.len)
    if spec and spec[2] == "int" and node.k == "int" then return tree:add(spec[1], range, Int64.new(node.v)) end
    if spec and spec[2] ~= "int" and node.k == "str" and #node.v > 0 then
        local bytes = buf(base + node.vat, #node.v)  -- the string's bytes, without the length
        if spec[2] == "bytes" then return tree:add(spec[1], bytes) end
        return tree:add_packet_field(spec[1], bytes, ENC_UTF_8)
    end
    local item = add_plain(tree, buf, base, key, node)
    if spec then item:add_proto_expert_info(ef_field, key .. " is not " .. (spec[2] == "int" and "an integer" or
                                                                              "a non-empty byte string")) end
    return item
end

local function add_missing(tree, dict, keys, what)
    for _, key in ipairs(keys) do
        if dict.map[key] == nil then tree:add_proto_expert_info(ef_field, what .. " has no " .. key) end
    end
end

-- The inner packet p: its typed fields, the type's name and the time as a date.
local function add_inner(tree, buf, base, inner)
    for _, e in ipairs(inner.items) do
        local key, node = e.key.v, e.value
        local item = add_entry(tree, buf, base, key, node, inner_fields[key])
        if key == "y" and node.k == "str" then
            item:append_text(" (" .. (bugout_types[node.v] or "unknown type") .. ")")
        elseif key == "t" and node.k == "int" and #node.v <= 15 then
            local ms = tonumber(node.v)
            local secs = math.floor(ms / 1000)
            local ok, date = pcall(os.date, "!%Y-%m-%d %H:%M:%S", secs)
            if ok and date then item:append_text(string.format(" (%s.%03d UTC)", date, ms - secs * 1000)) end
        elseif key == "v" and node.k == "str" then
            local text = json_text(node.v)
            if text ~= nil and #node.v > 0 then tree:add(bo.text, buf(base + node.vat, #node.v), text) end
        end
    end
    add_missing(tree, inner, { "t", "i", "pk", "ek", "y" }, "packet")
end

-- Transport 5: the Bugout tree of an extended message (<u32 length><20><ext id><bencode>).
-- Returns the name for the Info column, or nil when the message is not one of Bugout's.
local function dissect_bugout(buf, start, tree)
    local len = buf:len()
    if len - start < 7 or buf(start + 4, 1):uint() ~= 20 then return nil end
    if len - start == 68 and buf(start, 1):uint() == 19 then return nil end  -- the handshake
    local stop = math.min(len, start + 4 + buf(start, 4):uint())
    local base = start + 6
    if stop <= base then return nil end
    local ext_id = buf(start + 5, 1):uint()
    local value, err = bdecode(buf:raw(base, stop - base))
    -- Other extensions: ut_metadata's data message is a dict followed by the piece's bytes, and
    -- any other well-formed value that is neither a signed nor a sealed packet is not Bugout's.
    if ext_id ~= 0 and value ~= nil and value.k == "dict" then
        local m = value.map
        if err and m.msg_type then return nil end
        if not err and not (m.p and m.s) and not (m.e and m.n and m.ek) then return nil end
    elseif ext_id ~= 0 and value ~= nil and not err then
        return nil
    end

    local root = tree:add(bo.root, buf(start, stop - start))
    root:add(bo.ext_id, buf(start + 5, 1))
    if value == nil or err then
        root:append_text(ext_id == 0 and ": extended handshake" or ": packet")
        root:add_proto_expert_info(ef_malformed, "malformed bencode: " .. err)
        return "bugout malformed"
    end
    if value.k ~= "dict" then
        root:add_proto_expert_info(ef_field, "the extended handshake is not a dictionary")
        return "bugout extended-handshake"
    end
    if ext_id == 0 then
        root:append_text(": extended handshake")
        for _, e in ipairs(value.items) do
            local key, node = e.key.v, e.value
            if key == "m" and node.k == "dict" then
                -- The numbers the sender wants to receive each extension's messages under.
                local m = root:add(buf(base + node.at, node.len), "Extensions (m)")
                for _, x in ipairs(node.items) do
                    local n = x.value.k == "int" and tonumber(x.value.v)
                    if x.key.v == "bo_channel" and n and n >= 0 and n <= 4294967295 then
                        m:add(bo.bo_channel, buf(base + x.value.at, x.value.len), n)
                    else
                        add_plain(m, buf, base, show(x.key.v), x.value)
                    end
                end
            else
                add_entry(root, buf, base, key, node, handshake_fields[key])
            end
        end
        if value.map.m and value.map.m.k == "dict" and value.map.m.map.bo_channel then
            add_missing(root, value, { "pk", "ek" }, "a handshake with bo_channel")  -- Bugout needs both
        end
        return "bugout extended-handshake"
    end
    local m = value.map
    if m.e and m.n and m.ek then
        -- Sealed to one member's box key (a direct message, a call or its result).
        root:append_text(": sealed packet")
        for _, e in ipairs(value.items) do
            local item = add_entry(root, buf, base, e.key.v, e.value, sealed_fields[e.key.v])
            if e.key.v == "e" then item:append_text(" (only its recipient can open it)") end
        end
        return "bugout sealed"
    end
    root:append_text(": signed packet")
    local name = "bugout packet"
    for _, e in ipairs(value.items) do
        local key, node = e.key.v, e.value
        local item = add_entry(root, buf, base, key, node, key == "p" and { bo.p, "bytes" } or
                               key == "s" and { bo.s, "bytes" } or nil)
        if key == "s" and node.k == "str" then
            item:append_text(unverified)
            if #node.v ~= 64 then item:add_proto_expert_info(ef_field, "the signature is not 64 bytes") end
        elseif key == "p" and node.k == "str" then
            local inner, inner_err = bdecode(node.v)
            if inner == nil or inner_err then
                item:add_proto_expert_info(ef_malformed, "malformed bencode in p: " .. inner_err)
                name = "bugout malformed"
            elseif inner.k ~= "dict" then
                item:add_proto_expert_info(ef_field, "p is not a dictionary")
            else
                add_inner(item, buf, base + node.vat, inner)
                local y = inner.map.y
                if y and y.k == "str" then
                    root:append_text(", " .. (bugout_types[y.v] or show(y.v)))
                    name = "bugout " .. (bugout_types[y.v] or "packet")
                end
            end
        end
    end
    return name
end
proto.fields = fields

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
        name = dissect_bugout(buf, start, tree) or "bittorrent"
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
