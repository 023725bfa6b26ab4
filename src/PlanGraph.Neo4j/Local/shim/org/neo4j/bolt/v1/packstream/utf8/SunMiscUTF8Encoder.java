package org.neo4j.bolt.v1.packstream.utf8;

/**
 * Stands in for Neo4j 3.1's encoder of the same name, which reaches into sun.misc internals that
 * Java 17 no longer opens, and so kills every Bolt connection. Neo4j creates this encoder by
 * reflection and falls back to its plain UTF-8 encoder when construction fails; this class always
 * fails, so the fallback is used. It sits in plugins/, which is ahead of lib/ on the class path,
 * so no Neo4j jar is changed.
 */
public final class SunMiscUTF8Encoder {
    public SunMiscUTF8Encoder() {
        throw new UnsupportedOperationException("PlanGraph: use Neo4j's plain UTF-8 encoder on this Java runtime");
    }
}
