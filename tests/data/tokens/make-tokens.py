#!/usr/bin/env python3
"""Writes the .vpptoken test files of tst_vpptoken into this folder (run it from anywhere).

Every token here is fake: the inner "token" values are made-up strings, never real Apple tokens.
The files are committed; rerun this script only to change them.
"""
import base64
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# Apple's own example from "Getting started with the management API" (pretty-printed JSON).
APPLE_EXAMPLE = (
    "ewogICAgInRva2VuIjogIlZGZHdRbVZWTVZSUldGSktVbGRTTlZkc1pHcGpNR3hIVTI1Q2FrMXRhRzlhUjJ3eldqRkdkVk50ZUd0VFJr"
    "WjZVMVZhVDJGSFRuUlNiVGxOVVRCS1ExcEdhRTlOUjBaWVRrUXdQUT09IiwKICAgICJleHBEYXRlIjogIjIwMzAtMTEtMDhUMjI6MzM6"
    "MjIrMDAwMCIsCiAgICAib3JnTmFtZSI6ICJPUkcxMjM0NSIKfQ=="
)

FAKE = "RkFLRS1WUFAtREVTSy1URVNULVRPS0VOLTAwMDEtZG8tbm90LXVzZQ=="  # base64("FAKE-VPP-DESK-TEST-TOKEN-0001-do-not-use")


def b64(data: bytes) -> bytes:
    return base64.b64encode(data)


def token_json(compact=True, **fields) -> bytes:
    if compact:
        return json.dumps(fields, separators=(",", ":")).encode()
    return json.dumps(fields, indent=4).encode()


def write(name: str, content: bytes) -> None:
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(content)


def main() -> None:
    ok = dict(token=FAKE, expDate="2031-01-02T03:04:05+0000", orgName="Example School District")

    write("valid-pretty.vpptoken", APPLE_EXAMPLE.encode() + b"\n")
    write("valid-compact.vpptoken", b64(token_json(**ok)))
    write("offset-colon.vpptoken", b64(token_json(**{**ok, "expDate": "2030-06-15T12:00:00+02:00"})) + b"\n")
    write("offset-z.vpptoken", b64(token_json(**{**ok, "expDate": "2030-06-15T12:00:00Z"})) + b"\n")
    write("offset-minus0700.vpptoken", b64(token_json(**{**ok, "expDate": "2030-08-15T18:13:52-0700"})) + b"\n")
    write("windows-crlf.vpptoken", b"  " + b64(token_json(compact=False, **ok)) + b"\r\n\r\n")
    write("utf8-bom.vpptoken", b"\xef\xbb\xbf" + b64(token_json(**ok)) + b"\n")

    write("empty.vpptoken", b"")
    write("whitespace-only.vpptoken", b"  \r\n\t\n")
    write("oversize.vpptoken", b"QUFB" * (17 * 1024))  # 68 KiB of valid Base64 characters
    write("not-base64.vpptoken", b'<?xml version="1.0"?>\n<plist><dict/></plist>\n')
    write("wrapped-lines.vpptoken", b"\n".join(b64(token_json(**ok))[i:i + 76]
                                               for i in range(0, len(b64(token_json(**ok))), 76)) + b"\n")
    rng = random.Random(9622)
    write("base64-garbage.vpptoken", b64(bytes(rng.randrange(256) for _ in range(120))) + b"\n")
    write("json-array.vpptoken", b64(json.dumps([FAKE, "2031-01-02T03:04:05+0000"]).encode()) + b"\n")
    write("missing-token.vpptoken", b64(token_json(expDate=ok["expDate"], orgName=ok["orgName"])) + b"\n")
    write("missing-expdate.vpptoken", b64(token_json(token=FAKE, orgName=ok["orgName"])) + b"\n")
    write("missing-orgname.vpptoken", b64(token_json(token=FAKE, expDate=ok["expDate"])) + b"\n")
    write("wrong-type-expdate.vpptoken", b64(token_json(**{**ok, "expDate": 1925000000})) + b"\n")
    write("empty-token-field.vpptoken", b64(token_json(**{**ok, "token": ""})) + b"\n")
    write("bad-expdate.vpptoken", b64(token_json(**{**ok, "expDate": "next Tuesday"})) + b"\n")
    write("bad-expdate-month13.vpptoken", b64(token_json(**{**ok, "expDate": "2030-13-01T00:00:00+0000"})) + b"\n")
    write("expired.vpptoken", b64(token_json(**{**ok, "expDate": "2020-03-01T10:00:00+0000"})) + b"\n")


if __name__ == "__main__":
    main()
