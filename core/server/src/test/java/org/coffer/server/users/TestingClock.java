package org.coffer.server.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that stands still until a test moves it on. */
public final class TestingClock extends Clock {

    private final ZoneId zone;
    private Instant now;

    public TestingClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new TestingClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
