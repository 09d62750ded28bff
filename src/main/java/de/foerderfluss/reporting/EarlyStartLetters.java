package de.foerderfluss.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.foerderfluss.application.Application;
import de.foerderfluss.review.EarlyStartDecision;
import de.foerderfluss.review.ReviewSteps;
import de.foerderfluss.security.UserDirectory;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.Messages;
import de.foerderfluss.shared.StepNotAllowedException;
import org.springframework.stereotype.Component;

/**
 * The letter that permits or refuses an early start of the measure, signed by the case
 * worker who decided it, issued as soon as the decision is stored.
 */
@Component
class EarlyStartLetters {

	private static final String REVIEWER_ROLE = "REVIEWER";

	private final PdfRenderer renderer;

	private final Letterhead letterhead;

	private final UserDirectory users;

	private final ReviewSteps review;

	EarlyStartLetters(PdfRenderer renderer, Letterhead letterhead, UserDirectory users, ReviewSteps review) {
		this.renderer = renderer;
		this.letterhead = letterhead;
		this.users = users;
		this.review = review;
	}

	PdfDocument letter(CaseFacts facts) {
		Application application = facts.application();
		EarlyStartDecision decision = this.review.earlyStartOf(application.getId())
			.orElseThrow(() -> new StepNotAllowedException("error.document.not-possible",
					Messages.code("document-kind.EARLY_START_LETTER"), application.getFileNumber()));
		Map<String, Object> parameters = new HashMap<>(this.letterhead.letter(facts.carrier(),
				application.getFileNumber(), this.users.displayName(decision.getDecidedBy())));
		parameters.put("PROGRAMME", facts.programmeName());
		parameters.put("FUNDING_YEAR", facts.fundingYear());
		parameters.put("MODULE", facts.moduleLabel());
		parameters.put("LEGAL_REMEDY_COURT", this.letterhead.properties().legalRemedyCourt());
		String measure = "für die Maßnahme „" + application.getTitle() + "“ in " + facts.municipality().getName() + " ("
				+ facts.period() + ")";
		String request = "Ihren Antrag vom " + GermanDates.date(application.getSubmittedAt()) + " " + measure;
		if (decision.isPermitted()) {
			parameters.put("SUBJECT", "Zustimmung zum vorzeitigen Maßnahmebeginn");
			parameters.put("BODY", "auf " + request
					+ " stimme ich zu, dass Sie mit der Maßnahme vor der Entscheidung über die Zuwendung beginnen "
					+ "(vorzeitiger Maßnahmebeginn, VV Nr. 1.3 zu § 44 LHO NRW). Als Beginn gilt bereits der Abschluss "
					+ "eines der Ausführung zuzurechnenden Lieferungs- oder Leistungsvertrages.");
			parameters.put("NOTE", "Diese Zustimmung begründet keinen Anspruch auf eine Zuwendung, weder dem Grunde "
					+ "noch der Höhe nach. Wird der Antrag ganz oder teilweise abgelehnt, tragen Sie die Ausgaben, "
					+ "die Sie im Vertrauen auf die Zustimmung eingehen, selbst.");
		}
		else {
			parameters.put("SUBJECT", "Ablehnung des vorzeitigen Maßnahmebeginns");
			parameters.put("BODY", "Ihren Antrag vom " + GermanDates.date(application.getSubmittedAt())
					+ ", der Maßnahme „" + application.getTitle()
					+ "“ schon vor der Entscheidung über die Zuwendung zu beginnen (vorzeitiger Maßnahmebeginn, "
					+ "VV Nr. 1.3 zu § 44 LHO NRW), lehne ich ab.");
			parameters.put("NOTE", "Über Ihren Antrag auf die Zuwendung wird gesondert entschieden. Beginnen Sie "
					+ "die Maßnahme vor der Bewilligung, kann dies einer Förderung entgegenstehen.");
		}
		parameters.put("REASON", decision.getReason());
		parameters.put("SIGNER", this.users.displayName(decision.getDecidedBy()));
		parameters.put("SIGNER_TITLE", this.letterhead.properties().signerTitle(REVIEWER_ROLE));
		String filename = Layout.EARLY_START_LETTER.documentName().replace(' ', '-') + "-" + application.getFileNumber()
				+ ".pdf";
		return new PdfDocument(filename,
				this.renderer.render(Layout.EARLY_START_LETTER, parameters, List.of(Map.of())));
	}

}
