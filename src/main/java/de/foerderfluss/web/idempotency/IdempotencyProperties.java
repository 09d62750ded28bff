package de.foerderfluss.web.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long repeated requests are recognised.
 *
 * @param retention how long a key or form token and its answer are kept: a repetition
 * within this time gets the first answer, a later one counts as a new request
 * @param abandonedAfter a request still unfinished after this long is taken to have died
 * with its node: its repetitions are told that its effect is unknown, and the key stays
 * taken until it expires
 * @param formWait how long a form sent a second time waits for the first to finish before
 * it says that the first is still being processed
 * @param cleanupInterval the pause between two deletions of expired entries
 */
@ConfigurationProperties("foerderfluss.idempotency")
public record IdempotencyProperties(Duration retention, Duration abandonedAfter, Duration formWait,
		Duration cleanupInterval) {

	public IdempotencyProperties {
		retention = (retention != null) ? retention : Duration.ofHours(24);
		abandonedAfter = (abandonedAfter != null) ? abandonedAfter : Duration.ofMinutes(10);
		formWait = (formWait != null) ? formWait : Duration.ofSeconds(15);
		cleanupInterval = (cleanupInterval != null) ? cleanupInterval : Duration.ofHours(1);
	}

}
