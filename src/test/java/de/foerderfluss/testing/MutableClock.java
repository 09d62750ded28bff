package de.foerderfluss.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock the tests set and move. */
public class MutableClock extends Clock {

	private final ZoneId zone;

	private volatile Instant now;

	public MutableClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	public void set(Instant instant) {
		this.now = instant;
	}

	@Override
	public Instant instant() {
		return this.now;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(this.now, zone);
	}

}
