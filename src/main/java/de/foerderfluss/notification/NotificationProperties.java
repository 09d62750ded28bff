package de.foerderfluss.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * How notifications are addressed and sent.
 *
 * @param fromAddress the sender of every mail
 * @param kiAddress the team mailbox of the KI case workers; the sender address unless set
 * @param baseUrl where the web UI runs, for the links to a case
 * @param sendInterval the pause between two runs of the outbox
 * @param maxAttempts attempts per mail before it is marked failed
 * @param schedulingEnabled whether this node sends the outbox on its own
 */
@ConfigurationProperties("foerderfluss.notifications")
record NotificationProperties(String fromAddress, String kiAddress, String baseUrl, Duration sendInterval,
		Integer maxAttempts, Boolean schedulingEnabled) {

	NotificationProperties {
		fromAddress = StringUtils.hasText(fromAddress) ? fromAddress.trim() : "foerderfluss@localhost";
		kiAddress = StringUtils.hasText(kiAddress) ? kiAddress.trim() : fromAddress;
		baseUrl = StringUtils
			.trimTrailingCharacter(StringUtils.hasText(baseUrl) ? baseUrl.trim() : "http://localhost:8080", '/');
		sendInterval = (sendInterval != null) ? sendInterval : Duration.ofSeconds(30);
		maxAttempts = (maxAttempts != null) ? maxAttempts : 8;
		schedulingEnabled = (schedulingEnabled != null) ? schedulingEnabled : Boolean.TRUE;
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("foerderfluss.notifications.max-attempts must be at least 1");
		}
	}

	/** The page of a case in the web UI. */
	String caseLink(Long applicationId) {
		return this.baseUrl + "/antraege/" + applicationId;
	}

}
