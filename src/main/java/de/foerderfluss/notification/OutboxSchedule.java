package de.foerderfluss.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox at a fixed pause. Every node may run it: the sender claims each mail
 * before sending, so no mail goes out twice. Tests switch it off and send themselves.
 */
@Component
@EnableScheduling
@ConditionalOnProperty(prefix = "foerderfluss.notifications", name = "scheduling-enabled", havingValue = "true",
		matchIfMissing = true)
class OutboxSchedule {

	private final OutboxSender sender;

	OutboxSchedule(OutboxSender sender) {
		this.sender = sender;
	}

	@Scheduled(fixedDelayString = "${foerderfluss.notifications.send-interval:PT30S}",
			initialDelayString = "${foerderfluss.notifications.send-interval:PT30S}")
	void sendDue() {
		this.sender.sendDue();
	}

}
