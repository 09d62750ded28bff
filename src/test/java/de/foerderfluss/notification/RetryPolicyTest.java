package de.foerderfluss.notification;

import java.time.Duration;
import java.time.Instant;

import de.foerderfluss.shared.StepNotAllowedException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RetryPolicyTest {

	private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

	private final RetryPolicy retries = new RetryPolicy(8);

	@Test
	void waitsLongerAfterEveryFailure() {
		assertThat(this.retries.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(this.retries.delayAfter(2)).isEqualTo(Duration.ofMinutes(5));
		assertThat(this.retries.delayAfter(3)).isEqualTo(Duration.ofMinutes(30));
		assertThat(this.retries.delayAfter(4)).isEqualTo(Duration.ofHours(2));
		assertThat(this.retries.delayAfter(5)).isEqualTo(Duration.ofHours(12));
		assertThat(this.retries.delayAfter(6)).isEqualTo(Duration.ofHours(24));
		assertThat(this.retries.delayAfter(20)).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void givesUpAfterTheMaximum() {
		assertThat(this.retries.givesUpAfter(7)).isFalse();
		assertThat(this.retries.givesUpAfter(8)).isTrue();
		assertThat(new RetryPolicy(1).givesUpAfter(1)).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0));
	}

	@Test
	void aFailedMailWaitsAndIsMarkedFailedAtTheMaximum() {
		RetryPolicy twice = new RetryPolicy(2);
		OutboxMail mail = mail();

		mail.markFailed("Connection refused", NOW, twice);
		assertThat(mail.getStatus()).isEqualTo(OutboxStatus.PENDING);
		assertThat(mail.getAttempts()).isEqualTo(1);
		assertThat(mail.getLastError()).isEqualTo("Connection refused");
		assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));

		mail.markFailed("x".repeat(5000), NOW.plusSeconds(60), twice);
		assertThat(mail.getStatus()).isEqualTo(OutboxStatus.FAILED);
		assertThat(mail.getAttempts()).isEqualTo(2);
		assertThat(mail.getLastError()).hasSize(OutboxMail.MAX_ERROR);
	}

	@Test
	void aFailedMailCanBeRetriedButASentOneIsNotSentAgain() {
		OutboxMail mail = mail();
		mail.markFailed("Connection refused", NOW, new RetryPolicy(1));
		assertThat(mail.getStatus()).isEqualTo(OutboxStatus.FAILED);

		mail.retryNow(NOW.plusSeconds(3600));
		assertThat(mail.getStatus()).isEqualTo(OutboxStatus.PENDING);
		assertThat(mail.getNextAttemptAt()).isEqualTo(NOW.plusSeconds(3600));

		mail.markSent(NOW.plusSeconds(3601));
		assertThat(mail.getSentAt()).isEqualTo(NOW.plusSeconds(3601));
		assertThat(mail.getLastError()).isNull();
		assertThatExceptionOfType(StepNotAllowedException.class).isThrownBy(() -> mail.retryNow(NOW))
			.withMessage("error.mail.already-sent");
	}

	private static OutboxMail mail() {
		return new OutboxMail(1L, NotificationKind.APPROVED, "verein@example.org", "Bewilligung", "Text", NOW);
	}

}
