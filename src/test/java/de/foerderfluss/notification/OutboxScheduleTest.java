package de.foerderfluss.notification;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

/** Each node sends the outbox on its own, unless it is told not to. */
class OutboxScheduleTest {

	private final OutboxSender sender = mock(OutboxSender.class);

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withBean(OutboxSender.class, () -> this.sender)
		.withUserConfiguration(OutboxSchedule.class);

	@Test
	void sendsAtTheConfiguredPause() {
		this.context.withPropertyValues("foerderfluss.notifications.send-interval=PT0.05S").run((context) -> {
			assertThat(context).hasSingleBean(OutboxSchedule.class);
			verify(this.sender, timeout(5000).atLeast(3)).sendDue();
		});
	}

	@Test
	void aNodeMayBeToldNotToSend() {
		this.context.withPropertyValues("foerderfluss.notifications.scheduling-enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(OutboxSchedule.class));
	}

}
