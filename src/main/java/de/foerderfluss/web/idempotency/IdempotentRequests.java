package de.foerderfluss.web.idempotency;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The keys of requests that must take effect once, in the table
 * {@code idempotent_request}. Every statement commits on its own, outside the request's
 * transaction: a claim is visible to a duplicate at once, and a request that fails leaves
 * its key free again.
 */
@Component
class IdempotentRequests {

	/** The number of times a claim is tried while others free or expire the same key. */
	private static final int ATTEMPTS = 3;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final IdempotencyProperties properties;

	IdempotentRequests(JdbcTemplate jdbc, Clock clock, IdempotencyProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * Claims the key for a request, unless it is taken: by the same request, finished or
	 * still running, or by another one.
	 */
	Claim claim(Key key, String method, String path, String requestHash) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			try {
				this.jdbc.update(
						"insert into idempotent_request (username, idempotency_key, method, path, request_hash, completed, created_at)"
								+ " values (?, ?, ?, ?, ?, false, ?)",
						key.username(), key.value(), method, path, requestHash, timestamp(now()));
				return Claim.claimed();
			}
			catch (DuplicateKeyException taken) {
				Optional<Entry> existing = find(key);
				if (existing.isEmpty()) {
					continue;
				}
				Entry entry = existing.get();
				if (expired(entry)) {
					this.jdbc.update("delete from idempotent_request where id = ?", entry.id());
					continue;
				}
				if (!entry.method().equals(method) || !entry.path().equals(path)
						|| !entry.requestHash().equals(requestHash)) {
					return Claim.of(ClaimResult.OTHER_REQUEST, null);
				}
				if (!entry.completed()) {
					return Claim.of(abandoned(entry) ? ClaimResult.ABANDONED : ClaimResult.IN_PROGRESS, null);
				}
				return Claim.of(ClaimResult.ANSWERED, entry.response());
			}
		}
		return Claim.of(ClaimResult.IN_PROGRESS, null);
	}

	/** Keeps the answer of a request that took effect, for its repetitions. */
	void complete(Key key, StoredResponse response) {
		this.jdbc.update(
				"update idempotent_request set completed = true, response_status = ?, response_headers = ?,"
						+ " response_body = ?, completed_at = ? where username = ? and idempotency_key = ?",
				response.status(), response.headerLines(), response.body(), timestamp(now()), key.username(),
				key.value());
	}

	/**
	 * Frees the key of a request that did not take effect, so that it may be sent again.
	 */
	void release(Key key) {
		this.jdbc.update(
				"delete from idempotent_request where username = ? and idempotency_key = ? and completed = false",
				key.username(), key.value());
	}

	/** Deletes the entries older than the retention; answers how many. */
	int deleteExpired() {
		return this.jdbc.update("delete from idempotent_request where created_at < ?",
				timestamp(now().minus(this.properties.retention())));
	}

	private boolean expired(Entry entry) {
		return entry.createdAt().isBefore(now().minus(this.properties.retention()));
	}

	/**
	 * Unfinished for so long that its node must have stopped. Whether it took effect is
	 * unknown, so the key stays taken until it expires: running it again could do twice
	 * what was done.
	 */
	private boolean abandoned(Entry entry) {
		return entry.createdAt().isBefore(now().minus(this.properties.abandonedAfter()));
	}

	private Optional<Entry> find(Key key) {
		List<Entry> entries = this.jdbc.query(
				"select id, method, path, request_hash, completed, response_status, response_headers, response_body,"
						+ " created_at from idempotent_request where username = ? and idempotency_key = ?",
				IdempotentRequests::entry, key.username(), key.value());
		return entries.stream().findFirst();
	}

	private static Entry entry(ResultSet row, int number) throws SQLException {
		boolean completed = row.getBoolean("completed");
		StoredResponse response = completed
				? new StoredResponse(row.getInt("response_status"),
						StoredResponse.parseHeaders(row.getString("response_headers")), row.getBytes("response_body"))
				: null;
		return new Entry(row.getLong("id"), row.getString("method"), row.getString("path"),
				row.getString("request_hash"), completed, response,
				row.getObject("created_at", OffsetDateTime.class).toInstant());
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A key as one person uses it: keys of different people never meet. */
	record Key(String username, String value) {
	}

	enum ClaimResult {

		/** The key is this request's now: it runs. */
		CLAIMED,
		/** The same request has been answered: the answer is given again. */
		ANSWERED,
		/** The same request is still running. */
		IN_PROGRESS,
		/** The same request never finished (its node stopped): its effect is unknown. */
		ABANDONED,
		/** The key was used for a different request. */
		OTHER_REQUEST

	}

	record Claim(ClaimResult result, StoredResponse response) {

		static Claim claimed() {
			return new Claim(ClaimResult.CLAIMED, null);
		}

		static Claim of(ClaimResult result, StoredResponse response) {
			return new Claim(result, response);
		}

	}

	private record Entry(long id, String method, String path, String requestHash, boolean completed,
			StoredResponse response, Instant createdAt) {
	}

}
