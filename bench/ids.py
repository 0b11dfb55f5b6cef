#!/usr/bin/env python3
"""Writes the ids of commitments that accept progress notes (in progress or evidenced), for the command load of
bench/run.sh: read from the started application's list (GET /api/commitments?status=...), and when there are fewer
than --min, new ones made through the API (create, assign, start), so that the load always picks among thousands.

    bench/ids.py --url http://127.0.0.1:8080 --auth lead.national:demo --min 2000 --max 20000 --out bench/out/ids.txt
"""
import argparse
import base64
import concurrent.futures
import datetime
import http.client
import json
import random
import threading
import urllib.parse
import uuid


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--auth", default="lead.national:demo")
    parser.add_argument("--min", type=int, default=2000)
    parser.add_argument("--max", type=int, default=20000)
    parser.add_argument("--out", default="bench/out/ids.txt")
    args = parser.parse_args()
    target = urllib.parse.urlparse(args.url)
    headers = {"Authorization": "Basic " + base64.b64encode(args.auth.encode()).decode(), "Accept": "application/json",
               "Content-Type": "application/json"}
    local = threading.local()

    def call(method, path, body=None, expect=(200, 201)):
        if not hasattr(local, "connection"):
            local.connection = http.client.HTTPConnection(target.hostname, target.port or 80, timeout=60)
        local.connection.request(method, path, body=None if body is None else json.dumps(body), headers=headers)
        response = local.connection.getresponse()
        data = response.read()
        if response.status not in expect:
            raise SystemExit("%s %s answered %d: %s" % (method, path, response.status, data[:300]))
        return json.loads(data) if data else None

    ids = []
    for status in ("IN_PROGRESS", "EVIDENCED"):
        page = 0
        while len(ids) < args.max:
            found = call("GET", "/api/commitments?status=%s&size=500&page=%d&sort=id" % (status, page))
            items = found.get("items", [])
            ids.extend(item["id"] for item in items)
            if len(items) < 500:
                break
            page += 1
    print("IDS %d commitments in progress or evidenced found through the list" % len(ids))

    if len(ids) < args.min:
        yesterday = (datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1)).date().isoformat()
        due = (datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=365)).date().isoformat()
        areas = ["LONDON_NORTH", "NORTH_WEST", "WESSEX", "SOUTH_EAST", "CYMRU_WALES", "WEST_MIDLANDS", "EAST_MIDLANDS"]

        def make(n):
            commitment = str(uuid.uuid4())
            call("POST", "/api/commitments", {"id": commitment, "area": random.choice(areas), "theme": "DISCLOSURE",
                                              "text": "The Area will dip sample ten files a month (benchmark %d)." % n,
                                              "committedOn": yesterday, "dueDate": due})
            call("POST", "/api/commitments/%s/assignment" % commitment, {"ownerRole": "DCP", "on": yesterday})
            call("POST", "/api/commitments/%s/start" % commitment, {"on": yesterday})
            return commitment

        missing = args.min - len(ids)
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            ids.extend(pool.map(make, range(missing)))
        print("IDS %d more made through the API (create, assign, start)" % missing)

    with open(args.out, "w") as out:
        out.write("\n".join(ids) + "\n")
    print("IDS %d written to %s" % (len(ids), args.out))


if __name__ == "__main__":
    main()
