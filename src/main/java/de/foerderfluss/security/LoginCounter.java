package de.foerderfluss.security;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.springframework.data.domain.Persistable;

/**
 * The failed sign-ins in a row under one user name or one client address, and until when
 * the next attempt must wait. The waits follow a {@link SecurityProperties.Rule}.
 */
@Entity
@Table(name = "login_throttle")
@IdClass(LoginCounter.Key.class)
class LoginCounter implements Persistable<LoginCounter.Key> {

	/** What a count is kept for. */
	enum Kind {

		/** A user name as typed, whether an account of that name exists or not. */
		ACCOUNT,

		/** A client address; IPv6 addresses by their /64 network. */
		ADDRESS

	}

	@Id
	@Enumerated(EnumType.STRING)
	private Kind kind;

	@Id
	@Column(name = "throttle_key")
	private String key;

	private int failures;

	private Instant lastFailure;

	private Instant lockedUntil;

	/**
	 * A new count is inserted, never merged into a row another attempt inserted at the
	 * same moment: that one fails with a duplicate key and is counted again.
	 */
	@Transient
	private boolean stored;

	protected LoginCounter() {
	}

	LoginCounter(Kind kind, String key) {
		this.kind = kind;
		this.key = key;
	}

	/**
	 * How long the next attempt must still wait at the given moment; zero when it may go
	 * ahead.
	 */
	Duration waitAt(Instant now) {
		return (this.lockedUntil != null && now.isBefore(this.lockedUntil)) ? Duration.between(now, this.lockedUntil)
				: Duration.ZERO;
	}

	/**
	 * Counts a failure: failures older than the rule's {@code forgetAfter} are forgotten
	 * first, and beyond the free ones the next attempt must wait.
	 */
	void failed(Instant now, SecurityProperties.Rule rule) {
		if (this.lastFailure != null && !now.isBefore(this.lastFailure.plus(rule.forgetAfter()))) {
			this.failures = 0;
		}
		this.failures++;
		this.lastFailure = now;
		Duration wait = waitAfter(this.failures, rule);
		this.lockedUntil = wait.isZero() ? null : now.plus(wait);
	}

	/**
	 * The wait after so many failures in a row: nothing for the free ones, then the
	 * rule's first wait, doubled with each further failure, never longer than its longest
	 * wait.
	 */
	static Duration waitAfter(int failures, SecurityProperties.Rule rule) {
		int beyond = failures - rule.freeFailures();
		if (beyond <= 0) {
			return Duration.ZERO;
		}
		Duration wait = rule.firstWait();
		for (int doubling = 1; doubling < beyond && wait.compareTo(rule.longestWait()) < 0; doubling++) {
			wait = wait.multipliedBy(2);
		}
		return (wait.compareTo(rule.longestWait()) > 0) ? rule.longestWait() : wait;
	}

	/** Whether the count may be dropped: no wait left and the last failure forgotten. */
	boolean forgottenAt(Instant now, SecurityProperties.Rule rule) {
		return waitAt(now).isZero() && !now.isBefore(this.lastFailure.plus(rule.forgetAfter()));
	}

	@Override
	public Key getId() {
		return new Key(this.kind, this.key);
	}

	@Override
	public boolean isNew() {
		return !this.stored;
	}

	@PostLoad
	@PostPersist
	void markStored() {
		this.stored = true;
	}

	Kind getKind() {
		return this.kind;
	}

	String getKey() {
		return this.key;
	}

	int getFailures() {
		return this.failures;
	}

	Instant getLastFailure() {
		return this.lastFailure;
	}

	Instant getLockedUntil() {
		return this.lockedUntil;
	}

	/** The primary key: kind and key. */
	static class Key implements Serializable {

		private static final long serialVersionUID = 1L;

		private Kind kind;

		private String key;

		protected Key() {
		}

		Key(Kind kind, String key) {
			this.kind = kind;
			this.key = key;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key that && this.kind == that.kind && Objects.equals(this.key, that.key);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.kind, this.key);
		}

	}

}
