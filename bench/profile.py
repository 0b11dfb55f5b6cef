#!/usr/bin/env python3
"""Where the application's CPU went in a JFR recording (docs/benchmarks.md, "Command path under load").

Record while a load runs, e.g.
    jcmd <pid> JFR.start duration=40s filename=/tmp/notes.jfr settings=profile
    bench/profile.py /tmp/notes.jfr

Prints the share of execution samples per thread group, then, for the request threads, per stage of a command
(the innermost stage on a sample's stack: HTTP, security filters, MVC, JSON in and out, the command bus, the load,
the handler, the append, the hash chain, the commit), with the library the sample was in at its top, and the share
of a few known costs anywhere on the stack.
"""
import collections
import json
import subprocess
import sys

STAGES = [  # outermost first: the last one found on a stack names its stage
    ("http", "org.apache."),
    ("security filters", "springframework.security.web"),
    ("login", "BasicAuthenticationFilter"),
    ("mvc", "DispatcherServlet.doDispatch"),
    ("json in", "readWithMessageConverters"),
    ("json out", "writeWithMessageConverters"),
    ("service", "CommitmentService.send"),
    ("command bus", "SimpleCommandBus.doDispatch"),
    ("load", "doLoadWithLock"),
    ("handler", "AggregateAnnotationCommandHandler$AggregateCommandHandler.handle"),
    ("unit of work commit", "AbstractUnitOfWork.commit"),
    ("append", "JpaEventStorageEngine.appendEvents"),
    ("hash chain", "ChainingEventStorageEngine.link"),
    ("transaction commit", "JpaTransactionManager.doCommit"),
]
LIBRARIES = [("jdbc driver", "org.postgresql"), ("hibernate", "org.hibernate"), ("jackson", "jackson"),
             ("logging", "ch.qos.logback"), ("micrometer", "io.micrometer")]
ANYWHERE = {
    "Axon handler timeouts": "org.axonframework.messaging.timeout.AxonTimeLimitedTask",
    "previous-hash read": "ChainingEventStorageEngine.previousHash",
    "stack traces taken": "java.lang.Throwable.fillInStackTrace",
    "micrometer at the top (8 frames)": None,
}


def name(frame):
    method = frame["method"]
    return (method["type"]["name"] + "." + method["name"]).replace("/", ".")


def main(path):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "300", "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(out)["recording"]["events"]
    threads, stages, anywhere = collections.Counter(), collections.Counter(), collections.Counter()
    requests = 0
    for event in events:
        thread = (event["values"].get("sampledThread") or {}).get("javaName") or "?"
        group = thread.rstrip("0123456789-").split("[")[0] + ("[" + thread.split("[")[1].split("]")[0] + "]" if "[" in thread else "")
        threads[group] += 1
        names = [name(f) for f in event["values"]["stackTrace"]["frames"]]  # innermost first
        for label, marker in ANYWHERE.items():
            if marker is None:
                if any("io.micrometer" in n for n in names[:8]):
                    anywhere[label] += 1
            elif any(marker in n for n in names):
                anywhere[label] += 1
        if not thread.startswith("tomcat-handler"):
            continue
        requests += 1
        stage = "other"
        for n in reversed(names):
            for label, marker in STAGES:
                if marker in n:
                    stage = label
        library = next((label for label, marker in LIBRARIES if any(marker in n for n in names[:25])), "")
        stages[(stage, library)] += 1
    total = len(events) or 1
    print(f"{len(events)} samples")
    print("\nthreads (share of all samples)")
    for group, count in threads.most_common(15):
        print(f"  {count * 100 / total:5.1f}%  {group}")
    print(f"\nrequest threads, by stage ({requests} samples; share of the request threads' samples)")
    for (stage, library), count in stages.most_common(30):
        print(f"  {count * 100 / max(requests, 1):5.1f}%  {stage:20s} {library}")
    print("\nanywhere on the stack (share of all samples)")
    for label in ANYWHERE:
        print(f"  {anywhere[label] * 100 / total:5.1f}%  {label}")


if __name__ == "__main__":
    main(sys.argv[1])
