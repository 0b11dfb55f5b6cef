#!/usr/bin/env python3
"""Projection lag as a client sees it: a commitment is created (POST /api/commitments) and, from the moment the
answer arrives, the Area report (GET /api/reports/areas/{area}) is read again and again until its total has grown by
one. The lag of one sample is the time from the answer to the first read that shows the new commitment; its
resolution is one read of the report (printed as the read time). Used by bench/run.sh; prints one result line.

    bench/lag.py --url http://127.0.0.1:8080 --auth lead.national:demo --samples 50 [--area WESSEX] [--duration 20]
"""
import argparse
import base64
import http.client
import json
import sys
import time
import urllib.parse
import uuid
import datetime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--auth", default="lead.national:demo")
    parser.add_argument("--samples", type=int, default=50)
    parser.add_argument("--duration", type=float, default=0, help="stop after this many seconds, whatever the samples")
    parser.add_argument("--area", default="WESSEX")
    parser.add_argument("--label", default="idle")
    parser.add_argument("--timeout", type=float, default=10.0, help="give up on one sample after this many seconds")
    args = parser.parse_args()

    target = urllib.parse.urlparse(args.url)
    connection = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=30)
    headers = {"Authorization": "Basic " + base64.b64encode(args.auth.encode()).decode(), "Accept": "application/json"}
    report = "/api/reports/areas/" + args.area
    yesterday = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1)).date().isoformat()
    due = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=180)).date().isoformat()

    def get_total():
        connection.request("GET", report, headers=headers)
        response = connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise SystemExit("GET %s answered %d: %s" % (report, response.status, body[:200]))
        return json.loads(body)["total"]

    lags, reads, missed = [], [], 0
    started = time.monotonic()
    for _ in range(args.samples):
        if args.duration and time.monotonic() - started > args.duration:
            break
        before = get_total()
        body = json.dumps({"id": str(uuid.uuid4()), "area": args.area, "theme": "DISCLOSURE",
                           "text": "The Area will review disclosure schedules weekly (projection lag probe).",
                           "committedOn": yesterday, "dueDate": due})
        connection.request("POST", "/api/commitments", body=body, headers={**headers, "Content-Type": "application/json"})
        response = connection.getresponse()
        response.read()
        answered = time.monotonic()
        if response.status != 201:
            raise SystemExit("POST /api/commitments answered %d" % response.status)
        while True:
            read_started = time.monotonic()
            total = get_total()
            now = time.monotonic()
            reads.append(now - read_started)
            if total > before:
                lags.append(now - answered)
                break
            if now - answered > args.timeout:
                missed += 1
                break

    def pct(values, p):
        if not values:
            return float("nan")
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1))))] * 1000

    print("LAGRESULT label=%s samples=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f missed=%d report_read_p50_ms=%.1f"
          % (args.label, len(lags), pct(lags, 50), pct(lags, 99), max(lags) * 1000 if lags else float("nan"), missed,
             pct(reads, 50)))


if __name__ == "__main__":
    sys.exit(main())
