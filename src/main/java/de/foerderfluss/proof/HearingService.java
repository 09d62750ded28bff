package de.foerderfluss.proof;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.ApplicationDocument;
import de.foerderfluss.application.ApplicationLifecycle;
import de.foerderfluss.application.ApplicationLookup;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.SignedAct;
import de.foerderfluss.security.SigningAuthority;
import de.foerderfluss.shared.InvalidInputException;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.StepNotAllowedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The hearing before a burdening decision after the audit: the carrier answers, the
 * deadline passes, the case worker decides with reasons.
 */
@Service
@Transactional
public class HearingService {

	/** The longest answer and the longest reasons taken, as the database keeps them. */
	public static final int MAX_TEXT = 8000;

	private final ApplicationLookup lookup;

	private final ApplicationLifecycle lifecycle;

	private final Hearings hearings;

	private final Clawbacks clawbacks;

	private final DocumentStore documents;

	private final ProofProperties properties;

	private final SigningAuthority signing;

	private final Clock clock;

	HearingService(ApplicationLookup lookup, ApplicationLifecycle lifecycle, Hearings hearings, Clawbacks clawbacks,
			DocumentStore documents, ProofProperties properties, SigningAuthority signing, Clock clock) {
		this.signing = signing;
		this.lookup = lookup;
		this.lifecycle = lifecycle;
		this.hearings = hearings;
		this.clawbacks = clawbacks;
		this.documents = documents;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The carrier answers the hearing with a text and documents it uploaded to the case
	 * before (with the upload rules of every document). Taken once, from the moment the
	 * letter is issued until the case worker decides, even after the deadline.
	 */
	@PreAuthorize("hasRole('CARRIER')")
	public Hearing answer(Long applicationId, String text, List<Long> documentIds) {
		Actor actor = Actor.current();
		Application application = this.lookup.visibleTo(actor, applicationId);
		application.requireHearing();
		Hearing hearing = open(applicationId);
		if (!this.documents.noticeIssued(applicationId, DocumentKind.HEARING_LETTER)) {
			throw new StepNotAllowedException("error.step-in-preparation");
		}
		List<Long> ids = (documentIds != null) ? documentIds : List.of();
		if (!StringUtils.hasText(text) && ids.isEmpty()) {
			throw new InvalidInputException("text", "error.hearing.answer-required");
		}
		Set<Long> uploads = this.documents.listFor(actor, applicationId)
			.stream()
			.filter((document) -> document.getKind() == DocumentKind.UPLOAD)
			.map(ApplicationDocument::getId)
			.collect(Collectors.toSet());
		List<Long> attached = new ArrayList<>();
		for (Long id : ids) {
			if (id == null || !uploads.contains(id)) {
				throw new InvalidInputException("documentIds", "error.hearing.unknown-document", id);
			}
			if (!attached.contains(id)) {
				attached.add(id);
			}
		}
		hearing.answer(StringUtils.hasText(text) ? text.strip() : null, attached, actor.username(),
				this.clock.instant());
		return this.hearings.save(hearing);
	}

	/** The deadline passed: the engine's timer ends the wait for an answer. */
	public void lapse(Long applicationId) {
		Hearing hearing = open(applicationId);
		hearing.lapse(this.clock.instant());
		this.hearings.save(hearing);
	}

	/**
	 * The case worker's decision after the hearing: uphold (reclaim the amount, at most
	 * what the letter announced) or drop, with the reasons and discretionary
	 * considerations the notice states. Upholding a clawback sets it by notice; dropping
	 * it closes the case. The grant is taken to have become ineffective today.
	 */
	@PreAuthorize("hasRole('REVIEWER')")
	public Application decide(Long applicationId, boolean uphold, Money amount, String reasons) {
		return decide(applicationId, uphold, amount, reasons, null);
	}

	/**
	 * The decision after the hearing as above; a clawback bears interest from the day the
	 * grant became ineffective (§ 49a Abs. 3 VwVfG NRW), which the case worker names here
	 * (today unless named, never in the future) and the clawback notice states.
	 */
	@PreAuthorize("hasRole('REVIEWER')")
	public Application decide(Long applicationId, boolean uphold, Money amount, String reasons,
			LocalDate ineffectiveFrom) {
		Actor actor = Actor.current();
		Application application = this.lookup.visibleTo(actor, applicationId);
		application.requireHearing();
		Hearing hearing = open(applicationId);
		if (!StringUtils.hasText(reasons)) {
			throw new InvalidInputException("reasons", "error.hearing.reasons-required");
		}
		if (uphold && amount != null && amount.isPositive()) {
			// Whoever reclaims money signs the clawback notice: only within their
			// authority.
			this.signing.require(actor, SignedAct.CLAWBACK, amount);
		}
		LocalDate today = LocalDate.now(this.clock);
		if (ineffectiveFrom != null && ineffectiveFrom.isAfter(today)) {
			throw new InvalidInputException("ineffectiveFrom", "error.clawback.ineffective-in-future");
		}
		String text = reasons.strip();
		Money reclaimed = hearing.decide(uphold, amount, text, actor.username(), this.clock.instant());
		if (reclaimed.isPositive()) {
			this.lifecycle.reclaimAfterHearing(application, text);
			LocalDate due = today.plus(this.properties.repaymentPeriod());
			this.clawbacks.save(new Clawback(applicationId, hearing.getPaidAmount(), hearing.finalRecognisedAmount(),
					due, (ineffectiveFrom != null) ? ineffectiveFrom : today));
		}
		else {
			this.lifecycle.closeAfterHearing(application, text);
		}
		// Saved last: the decision's event moves the process on.
		this.hearings.save(hearing);
		return application;
	}

	/** The case's hearing, for those who may see the case. */
	@Transactional(readOnly = true)
	public Optional<Hearing> hearingOf(Actor actor, Long applicationId) {
		this.lookup.visibleTo(actor, applicationId);
		return this.hearings.findFirstByApplicationIdOrderByIdDesc(applicationId);
	}

	/** The case's hearing, for the notices and the process. */
	@Transactional(readOnly = true)
	public Optional<Hearing> hearingOf(Long applicationId) {
		return this.hearings.findFirstByApplicationIdOrderByIdDesc(applicationId);
	}

	private Hearing open(Long applicationId) {
		return this.hearings.findFirstByApplicationIdOrderByIdDesc(applicationId)
			.orElseThrow(() -> new IllegalStateException("Application " + applicationId + " has no hearing"));
	}

}
