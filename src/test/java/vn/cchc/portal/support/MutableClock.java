package vn.cchc.portal.support;

import vn.cchc.portal.shared.TimeConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The clock of every Spring test context ({@link TestClock} puts it in front of the portal's {@link Clock} bean).
 * It never reads the machine's clock: before each test method it stands at {@link #DEFAULT}; a test moves it with
 * {@link #set}, {@link #setDay} or {@link #advance} and then calls the normal services. Each reading moves it on by
 * one millisecond, so rows written one after another keep their order (and keys built from the time differ) while
 * the day stays the one the test chose.
 */
public final class MutableClock extends Clock {

    /** Where the clock stands before each test: a Monday morning in 2026, Vietnam time. */
    public static final Instant DEFAULT =
            LocalDateTime.of(2026, 3, 16, 9, 0).atZone(TimeConfig.ZONE).toInstant();

    private static final Duration TICK = Duration.ofMillis(1);
    private static final LocalTime WORKING_HOURS = LocalTime.of(9, 0);

    /**
     * Where the clock stands when a context starts: the same day as {@link #DEFAULT}, an hour earlier, so that
     * what the demo data writes at start-up is older than anything a test writes (lists "newest first" begin with
     * the test's own rows).
     */
    public static final Instant STARTUP = DEFAULT.minus(Duration.ofHours(1));

    private Instant now = STARTUP;

    /** The instant the next reading starts from. */
    public synchronized void set(Instant instant) {
        now = instant;
    }

    /** The given moment, Vietnam time. */
    public void set(LocalDateTime vietnamTime) {
        set(vietnamTime.atZone(TimeConfig.ZONE).toInstant());
    }

    /** 09:00 Vietnam time on the given day. */
    public void setDay(LocalDate day) {
        set(day.atTime(WORKING_HOURS));
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** Back to {@link #DEFAULT}. */
    public void reset() {
        set(DEFAULT);
    }

    /** Today as the portal sees it (Vietnam time); reading the day does not move the clock. */
    public synchronized LocalDate today() {
        return LocalDate.ofInstant(now, TimeConfig.ZONE);
    }

    @Override
    public synchronized Instant instant() {
        Instant reading = now;
        now = now.plus(TICK);
        return reading;
    }

    @Override
    public ZoneId getZone() {
        return TimeConfig.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
