package de.foerderfluss.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.foerderfluss.application.events.DocumentsRequested;
import de.foerderfluss.application.events.ProofOverdue;
import de.foerderfluss.audit.StatusChange;
import de.foerderfluss.shared.StepNotAllowedException;
import de.foerderfluss.testing.ApiTest;
import de.foerderfluss.testing.TimeMachine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static de.foerderfluss.testing.TestFixtures.REVIEWER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The outbox between the steps of a case and the mail server: a step never waits for the
 * server or fails with it, and what the server could not take is sent later.
 */
class OutboxApiTest extends ApiTest {

	@RegisterExtension
	static final GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	private OutboxSender sender;

	@Autowired
	private OutboxMails mails;

	@Autowired
	private MailOutbox outbox;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private PlatformTransactionManager transactionManager;

	@Autowired
	private NotificationProperties properties;

	@Autowired
	private Clock clock;

	private String programme;

	@BeforeEach
	void programme() {
		this.programme = this.fixtures.programme(Map.of("B", 20_000));
	}

	@Test
	void aMailServerThatIsDownDelaysTheMailButNotTheCase() {
		mailServer.stop();
		long id = submit(this.programme, "B", "1500.00");
		expect(200, as(REVIEWER).post(path(id, "completeness"),
				Map.of("complete", false, "missing", "Satzung des Vereins")));
		assertThat(status(id)).isEqualTo("INCOMPLETE");

		this.sender.sendDue();
		List<OutboxMail> waiting = this.mails.findByApplicationIdOrderById(id);
		assertThat(waiting).hasSize(2).allSatisfy((mail) -> {
			assertThat(mail.getStatus()).isEqualTo(OutboxStatus.PENDING);
			assertThat(mail.getAttempts()).isEqualTo(1);
			assertThat(mail.getLastError()).contains("localhost").contains("3025");
			assertThat(mail.getNextAttemptAt()).isEqualTo(TimeMachine.START.plus(Duration.ofMinutes(1)));
			assertThat(mail.getSentAt()).isNull();
		});

		mailServer.start();
		this.sender.sendDue();
		assertThat(mailServer.getReceivedMessages()).as("not due again yet").isEmpty();

		this.time.advance(Duration.ofMinutes(1));
		this.sender.sendDue();
		assertThat(mailServer.getReceivedMessages()).extracting((message) -> message.getSubject())
			.contains("Nachforderung von Unterlagen – Aktenzeichen " + this.programme + "-2026-0001");
		assertThat(this.mails.findByApplicationIdOrderById(id)).allSatisfy((mail) -> {
			assertThat(mail.getStatus()).isEqualTo(OutboxStatus.SENT);
			assertThat(mail.getAttempts()).isEqualTo(1);
			assertThat(mail.getSentAt()).isEqualTo(TimeMachine.START.plus(Duration.ofMinutes(1)));
		});
	}

	@Test
	void aStepThatIsRolledBackQueuesNothing() {
		long id = submit(this.programme, "B", "1500.00");
		TransactionTemplate transaction = new TransactionTemplate(this.transactionManager);
		transaction.executeWithoutResult((status) -> {
			this.events
				.publishEvent(new DocumentsRequested(id, new StatusChange("SUBMITTED", "INCOMPLETE"), "Satzung"));
			assertThat(this.mails.findByApplicationIdOrderById(id)).hasSize(2);
			status.setRollbackOnly();
		});
		assertThat(this.mails.findByApplicationIdOrderById(id)).isEmpty();

		assertThatExceptionOfType(IllegalTransactionStateException.class).as("only within a step")
			.isThrownBy(() -> this.events.publishEvent(new ProofOverdue(id)));
	}

	@Test
	void withoutAMailServerMailsWaitUncounted() {
		long id = submit(this.programme, "B", "1500.00");
		expect(200, as(REVIEWER).post(path(id, "completeness"),
				Map.of("complete", false, "missing", "Satzung des Vereins")));
		OutboxSender unconfigured = new OutboxSender(this.mails,
				new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), this.transactionManager,
				this.properties, this.clock);

		assertThat(unconfigured.sendDue()).isZero();
		assertThat(this.mails.findByApplicationIdOrderById(id)).hasSize(2).allSatisfy((mail) -> {
			assertThat(mail.getStatus()).isEqualTo(OutboxStatus.PENDING);
			assertThat(mail.getAttempts()).isZero();
			assertThat(mail.getLastError()).isEqualTo("Kein Mailserver konfiguriert");
			assertThat(mail.getNextAttemptAt()).isEqualTo(TimeMachine.START);
		});

		assertThat(this.sender.sendDue()).isPositive();
		assertThat(this.mails.findByApplicationIdOrderById(id)).allSatisfy((mail) -> {
			assertThat(mail.getStatus()).isEqualTo(OutboxStatus.SENT);
			assertThat(mail.getLastError()).isNull();
		});
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void administratorsSeeTheOutboxAndRetryAFailedMail() {
		long id = submit(this.programme, "B", "1500.00");
		Instant now = TimeMachine.START;
		OutboxMail failed = new OutboxMail(id, NotificationKind.DOCUMENTS_REQUESTED, "verein@example.org",
				"Nachforderung von Unterlagen", "Text", now);
		failed.markFailed("Connection refused", now, new RetryPolicy(1));
		OutboxMail sent = new OutboxMail(id, NotificationKind.APPROVED, "verein@example.org", "Bewilligung", "Text",
				now);
		sent.markSent(now);
		Long failedId = this.mails.save(failed).getId();
		Long sentId = this.mails.save(sent).getId();

		assertThat(this.outbox.recent(2, false)).extracting(OutboxMail::getId).containsExactly(sentId, failedId);
		assertThat(this.outbox.recent(1, true)).extracting(OutboxMail::getId).containsExactly(failedId);
		assertThat(this.outbox.recent(MailOutbox.MAX_ENTRIES, true)).extracting(OutboxMail::getStatus)
			.doesNotContain(OutboxStatus.SENT);

		this.time.advance(Duration.ofHours(1));
		OutboxMail retried = this.outbox.retryNow(failedId);
		assertThat(retried.getStatus()).isEqualTo(OutboxStatus.PENDING);
		assertThat(retried.getNextAttemptAt()).isEqualTo(now.plus(Duration.ofHours(1)));
		assertThatExceptionOfType(StepNotAllowedException.class).isThrownBy(() -> this.outbox.retryNow(sentId));

		this.sender.sendDue();
		assertThat(this.mails.findById(failedId)).get()
			.extracting(OutboxMail::getStatus, OutboxMail::getAttempts)
			.containsExactly(OutboxStatus.SENT, 1);
	}

	@Test
	@WithMockUser(roles = "REVIEWER")
	void onlyAdministratorsSeeTheOutbox() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.outbox.recent(10, false));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.outbox.retryNow(1L));
	}

}
