package de.foerderfluss.web.idempotency;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import de.foerderfluss.testing.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The life of a key in the database: claimed, running, answered, expired; a key left
 * unfinished by a stopped node stays taken and says so, rather than letting the request
 * run twice.
 */
class IdempotentRequestsTest extends ApiTest {

	private static final String PATH = "/api/v1/applications";

	@Autowired
	private IdempotentRequests requests;

	@Test
	void aKeyIsClaimedAnsweredAndExpires() {
		IdempotentRequests.Key key = new IdempotentRequests.Key("someone", "api:" + UUID.randomUUID());
		assertThat(claim(key, "a").result()).isEqualTo(IdempotentRequests.ClaimResult.CLAIMED);
		assertThat(claim(key, "a").result()).isEqualTo(IdempotentRequests.ClaimResult.IN_PROGRESS);
		assertThat(claim(key, "b").result()).isEqualTo(IdempotentRequests.ClaimResult.OTHER_REQUEST);

		this.requests.complete(key,
				new StoredResponse(201, Map.of("Location", "/api/v1/applications/7"), "{\"id\":7}".getBytes()));
		IdempotentRequests.Claim answered = claim(key, "a");
		assertThat(answered.result()).isEqualTo(IdempotentRequests.ClaimResult.ANSWERED);
		assertThat(answered.response().status()).isEqualTo(201);
		assertThat(answered.response().headers()).containsEntry("Location", "/api/v1/applications/7");
		assertThat(new String(answered.response().body())).isEqualTo("{\"id\":7}");

		this.time.advance(Duration.ofHours(23));
		assertThat(claim(key, "a").result()).isEqualTo(IdempotentRequests.ClaimResult.ANSWERED);
		this.time.advance(Duration.ofHours(2));
		assertThat(claim(key, "b").result()).isEqualTo(IdempotentRequests.ClaimResult.CLAIMED);
	}

	@Test
	void aReleasedKeyIsFreeAgain() {
		IdempotentRequests.Key key = new IdempotentRequests.Key("someone", "form:" + UUID.randomUUID());
		claim(key, "a");
		this.requests.release(key);
		assertThat(claim(key, "b").result()).isEqualTo(IdempotentRequests.ClaimResult.CLAIMED);
	}

	@Test
	void aKeyLeftUnfinishedStaysTakenUntilItExpires() {
		IdempotentRequests.Key key = new IdempotentRequests.Key("someone", "api:" + UUID.randomUUID());
		claim(key, "a");
		this.time.advance(Duration.ofMinutes(11));
		assertThat(claim(key, "a").result()).isEqualTo(IdempotentRequests.ClaimResult.ABANDONED);
		this.time.advance(Duration.ofHours(24));
		assertThat(claim(key, "a").result()).isEqualTo(IdempotentRequests.ClaimResult.CLAIMED);
	}

	@Test
	void theCleanupDeletesWhatHasExpired() {
		IdempotentRequests.Key old = new IdempotentRequests.Key("someone", "api:" + UUID.randomUUID());
		claim(old, "a");
		this.time.advance(Duration.ofHours(20));
		IdempotentRequests.Key recent = new IdempotentRequests.Key("someone", "api:" + UUID.randomUUID());
		claim(recent, "a");
		this.time.advance(Duration.ofHours(5));

		assertThat(this.requests.deleteExpired()).isGreaterThanOrEqualTo(1);

		assertThat(count(old)).isZero();
		assertThat(count(recent)).isEqualTo(1);
	}

	private IdempotentRequests.Claim claim(IdempotentRequests.Key key, String hash) {
		return this.requests.claim(key, "POST", PATH, hash);
	}

	private long count(IdempotentRequests.Key key) {
		return this.jdbc.queryForObject(
				"select count(*) from idempotent_request where username = ? and idempotency_key = ?", Long.class,
				key.username(), key.value());
	}

}
