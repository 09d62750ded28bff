package de.foerderfluss.proof.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.DocumentKind;
import de.foerderfluss.application.DocumentStore;
import de.foerderfluss.application.MoneyTrail;
import de.foerderfluss.application.ApplicationStatus;
import de.foerderfluss.carrier.Carrier;
import de.foerderfluss.carrier.Carriers;
import de.foerderfluss.proof.Clawback;
import de.foerderfluss.proof.CostLineDeviationPolicy;
import de.foerderfluss.proof.InterestService;
import de.foerderfluss.proof.ProofOfUse;
import de.foerderfluss.proof.ProofQueries;
import de.foerderfluss.proof.ProofService;
import de.foerderfluss.proof.SpentLine;
import de.foerderfluss.proof.Hearing;
import de.foerderfluss.proof.HearingIntent;
import de.foerderfluss.proof.HearingService;
import de.foerderfluss.proof.web.ProofOverview.Attachment;
import de.foerderfluss.proof.web.ProofOverview.Audited;
import de.foerderfluss.proof.web.ProofOverview.HearingSummary;
import de.foerderfluss.proof.web.ProofOverview.ClawbackView;
import de.foerderfluss.proof.web.ProofOverview.Due;
import de.foerderfluss.proof.web.ProofOverview.RepaymentRow;
import de.foerderfluss.proof.web.ProofOverview.Submitted;
import de.foerderfluss.security.Actor;
import de.foerderfluss.security.Role;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.shared.Languages;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.NotFoundException;
import de.foerderfluss.shared.StepNotAllowedException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Builds what the proof, audit and repayment pages and the case section show. */
@Component
class ProofViews {

	private final ProofService proofs;

	private final ProofQueries queries;

	private final Carriers carriers;

	private final UserDirectory users;

	private final HearingService hearings;

	private final DocumentStore documents;

	private final InterestService interest;

	ProofViews(ProofService proofs, ProofQueries queries, Carriers carriers, UserDirectory users,
			HearingService hearings, DocumentStore documents, InterestService interest) {
		this.hearings = hearings;
		this.documents = documents;
		this.interest = interest;
		this.proofs = proofs;
		this.queries = queries;
		this.carriers = carriers;
		this.users = users;
	}

	/**
	 * The proof of use of the case for this person; empty before the contract runs and
	 * for cases that ended without a proof.
	 */
	ProofOverview overview(Actor actor, Application application) {
		Long id = application.getId();
		ProofOfUse proof = this.proofs.proofOf(actor, id).orElse(null);
		boolean takesProof = this.queries.takesProof(application);
		if (proof == null && !takesProof) {
			return null;
		}
		Due due = takesProof ? new Due(this.queries.proofDueDate(application), this.queries.proofOverdue(application))
				: null;
		String submitPath = (takesProof && actor.isCarrier()) ? "/antraege/" + id + "/verwendungsnachweis" : null;
		Submitted submitted = (proof != null)
				? new Submitted(figures(proof), proof.getReport(), name(proof.getSubmittedBy()), proof.getSubmittedAt())
				: null;
		Audited audit = audited(id);
		ClawbackView clawback = this.proofs.clawbackOf(id)
			.map((set) -> clawback(application, set, DocumentKind.CLAWBACK_NOTICE.readableBy(actor)))
			.orElse(null);
		ApplicationStatus status = application.getStatus();
		String auditPath = (status == ApplicationStatus.PROOF_IN_AUDIT && actor.has(Role.REVIEWER))
				? "/antraege/" + id + "/verwendungsnachweis/pruefung" : null;
		String repaymentPath = (status == ApplicationStatus.REPAYMENT_DUE && actor.has(Role.FINANCE))
				? "/antraege/" + id + "/rueckzahlung" : null;
		HearingSummary hearing = this.hearings.hearingOf(actor, id)
			.map((found) -> hearing(actor, application, found))
			.orElse(null);
		return new ProofOverview(id, due, submitPath, submitted, audit, hearing, clawback, auditPath, repaymentPath,
				interest(application, actor));
	}

	/** The hearing as the case page and the hearing pages show it to this person. */
	HearingSummary hearing(Actor actor, Application application, Hearing hearing) {
		Long id = application.getId();
		boolean inHearing = application.getStatus() == ApplicationStatus.HEARING && hearing.getOutcome() == null;
		boolean letterIssued = this.documents.noticeIssued(id, DocumentKind.HEARING_LETTER);
		Map<Long, String> names = new HashMap<>();
		boolean readsUploads = DocumentKind.UPLOAD.readableBy(actor);
		if (readsUploads) {
			this.documents.listFor(actor, id)
				.forEach((document) -> names.put(document.getId(), document.getFilename()));
		}
		List<Attachment> attachments = hearing.getAnswerDocumentIds()
			.stream()
			.map((documentId) -> readsUploads ? new Attachment(names.getOrDefault(documentId, "#" + documentId),
					"/api/v1/documents/" + documentId) : new Attachment(null, null))
			.toList();
		String answerPath = (inHearing && letterIssued && !hearing.isAnswered() && actor.isCarrier())
				? "/antraege/" + id + "/anhoerung" : null;
		String decisionPath = (inHearing && hearing.isReadyForDecision() && actor.has(Role.REVIEWER))
				? "/antraege/" + id + "/anhoerung/entscheidung" : null;
		return new HearingSummary(hearing.getIntent() == HearingIntent.CLAWBACK, hearing.getProposedAmount(),
				hearing.getFindings(), hearing.getDeadline(), this.queries.today().isAfter(hearing.getDeadline()),
				name(hearing.getOpenedBy()), hearing.getOpenedAt(),
				(letterIssued && DocumentKind.HEARING_LETTER.readableBy(actor))
						? "/api/v1/applications/" + id + "/documents/hearing-letter" : null,
				hearing.getAnswer(), hearing.getAnsweredAt(), name(hearing.getAnsweredBy()), attachments,
				hearing.getLapsedAt(), (hearing.getOutcome() != null) ? hearing.getOutcome().name() : null,
				hearing.getDecidedAmount(), hearing.getReasons(), name(hearing.getDecidedBy()), hearing.getDecidedAt(),
				answerPath, decisionPath);
	}

	/** The interest of the case once the repayment is in, or null before. */
	ProofOverview.InterestState interest(Application application, Actor actor) {
		Long id = application.getId();
		boolean open = application.getStatus() == ApplicationStatus.INTEREST_DUE;
		return this.interest.claimOf(id)
			.map((claim) -> new ProofOverview.InterestState(true, claim.isWaived(), claim.getAmount(),
					claim.outstanding(), claim.getDueDate(), claim.getReason(), null,
					(open && !claim.isWaived() && actor.has(Role.FINANCE)) ? "/antraege/" + id + "/zinszahlung" : null,
					(!claim.isWaived() && DocumentKind.INTEREST_NOTICE.readableBy(actor))
							? "/api/v1/applications/" + id + "/documents/interest-notice" : null))
			.orElseGet(
					() -> open
							? new ProofOverview.InterestState(false, false, null, null, null, null,
									actor.has(Role.REVIEWER) ? "/antraege/" + id + "/zinsen" : null, null, null)
							: null);
	}

	/** Plan against spending per line, flagged where beyond the tolerance. */
	ProofFigures figures(ProofOfUse proof) {
		CostLineDeviationPolicy policy = this.proofs.deviationPolicy(proof.getApplicationId());
		Locale locale = LocaleContextHolder.getLocale();
		List<SpentLine> spentLines = proof.getLines();
		List<ProofFigures.Line> lines = spentLines.stream()
			.map((line) -> new ProofFigures.Line(line.getCategory(), line.getDescription(), line.getPlanned(),
					line.getSpent(), deviation(line.getPlanned(), line.getSpent(), locale),
					policy.exceedsTolerance(line)))
			.toList();
		Money planned = Money.sum(spentLines.stream().map(SpentLine::getPlanned));
		return new ProofFigures(lines, planned, proof.getSpentAmount(),
				deviation(planned, proof.getSpentAmount(), locale),
				lines.stream().filter(ProofFigures.Line::flagged).count(), policy.tolerancePercent(),
				policy.appliesPerLine());
	}

	/** Approved, called, paid, recognised and reclaimed money of the case. */
	MoneyTrail money(Application application) {
		return this.queries.moneyOf(application);
	}

	/** The audit of the case's proof of use, or null before the audit. */
	Audited audited(Long applicationId) {
		return this.proofs.auditOf(applicationId)
			.map((result) -> new Audited(result.isAccepted(), result.getRecognisedAmount(), result.getNote(),
					name(result.getAuditedBy()), result.getAuditedAt()))
			.orElse(null);
	}

	/** The clawback with a link to its notice for those who may read it. */
	ClawbackView clawback(Application application, Clawback clawback, boolean linkNotice) {
		Money outstanding = clawback.outstanding();
		List<RepaymentRow> repayments = this.queries.repaymentsOf(application.getId())
			.stream()
			.map((repayment) -> new RepaymentRow(repayment.getConfirmedAt(), repayment.getAmount(),
					name(repayment.getConfirmedBy())))
			.toList();
		return new ClawbackView(clawback.getPaidAmount(), clawback.getRecognisedAmount(), clawback.getAmount(),
				clawback.getDueDate(), outstanding.isPositive() && this.queries.repaymentOverdue(clawback),
				clawback.getIneffectiveFrom(), this.queries.interestMarginPercent(), clawback.getRepaidAmount(),
				outstanding, repayments,
				linkNotice ? "/api/v1/applications/" + application.getId() + "/documents/clawback-notice" : null);
	}

	Carrier carrierOf(Application application) {
		return this.carriers.findById(application.getCarrierId())
			.orElseThrow(() -> new NotFoundException("carrier", application.getCarrierId()));
	}

	String name(String username) {
		return (username != null) ? this.users.displayName(username) : null;
	}

	/** The refusal of a page whose step the case does not offer, naming its status. */
	static StepNotAllowedException notOpen(Application application, String step) {
		return new StepNotAllowedException("error.step-not-allowed", Messages.code(step),
				Messages.code("status." + application.getStatus().name()));
	}

	/** {@code +25,0 %}, {@code −12,5 %} or {@code 0,0 %} of the plan. */
	static String deviation(Money planned, Money spent, Locale locale) {
		BigDecimal percent = spent.minus(planned)
			.amount()
			.multiply(BigDecimal.valueOf(100))
			.divide(planned.amount(), 1, RoundingMode.HALF_UP);
		NumberFormat format = NumberFormat.getNumberInstance(Languages.numbers(locale));
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		String sign = (percent.signum() > 0) ? "+" : (percent.signum() < 0) ? "\u2212" : "";
		return sign + format.format(percent.abs()) + "\u00a0%";
	}

}
