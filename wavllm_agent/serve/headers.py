"""What an upload's header declares, read before decoding: a WAV's declared length.

FFmpeg trusts a WAV's size fields only as far as the bytes at hand, so a header that claims two
hours in a short upload decodes as the short audio. The service refuses such a claim over its
duration limit outright (413): a client that declares more than the limit allows gets told so,
whatever the body holds.
"""

from __future__ import annotations

import struct


def declared_wav_seconds(data: bytes) -> float | None:
    """Seconds of audio a RIFF/WAVE header declares (its ``data`` chunk), or None if not a readable WAV header."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        return None
    pos = 12
    byte_rate = 0
    for _ in range(64):  # a handful of chunks precede the data in real files
        if pos + 8 > len(data):
            return None
        chunk, size = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])[0]
        body = pos + 8
        if chunk == b"fmt " and size >= 16 and body + 16 <= len(data):
            byte_rate = struct.unpack("<I", data[body + 8:body + 12])[0]
        elif chunk == b"data":
            if size == 0xFFFFFFFF or byte_rate <= 0:  # streamed WAV (unknown length) or no usable fmt
                return None
            return size / byte_rate
        pos = body + size + (size & 1)
    return None
