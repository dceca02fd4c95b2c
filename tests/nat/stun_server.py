#!/usr/bin/env python3
"""A minimal STUN server (RFC 5389 binding responses) for the NAT lab's public host.

miniupnpd checks with STUN that its WAN address is not behind another NAT before it grants
mappings for a documentation address; this answers every binding request from one socket with
MAPPED-ADDRESS and XOR-MAPPED-ADDRESS.
"""
import socket
import struct
import sys

MAGIC = 0x2112A442


def response(request, addr):
    if len(request) < 20:
        return None
    msg_type, _length, magic = struct.unpack("!HHI", request[:8])
    if msg_type != 0x0001:
        return None
    tid = request[8:20]
    ip = socket.inet_aton(addr[0])
    port = addr[1]
    mapped = struct.pack("!HHBBH", 0x0001, 8, 0, 1, port) + ip
    xip = struct.pack("!I", struct.unpack("!I", ip)[0] ^ MAGIC)
    xor = struct.pack("!HHBBH", 0x0020, 8, 0, 1, port ^ (MAGIC >> 16)) + xip
    body = mapped + (xor if magic == MAGIC else b"")
    return struct.pack("!HHI", 0x0101, len(body), magic) + tid + body


def main():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((sys.argv[1], int(sys.argv[2])))
    while True:
        data, addr = sock.recvfrom(2048)
        out = response(data, addr)
        if out:
            sock.sendto(out, addr)


if __name__ == "__main__":
    main()
