package dev.commitmenttracker.web;

/** The client's If-Match names a version the resource has moved on from. */
public class VersionMismatch extends RuntimeException {

    public VersionMismatch(long expected, long actual) {
        super("If-Match asked for version " + expected + " but the current version is " + actual
                + ": read it again and retry.");
    }
}
