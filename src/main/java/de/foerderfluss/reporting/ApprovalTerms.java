package de.foerderfluss.reporting;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import de.foerderfluss.application.Application;
import de.foerderfluss.application.FinancingPlan;
import de.foerderfluss.carrier.LegalForm;
import de.foerderfluss.programme.FinancingProperties;
import de.foerderfluss.programme.FinancingTerms;
import de.foerderfluss.review.Assessment;
import de.foerderfluss.review.EarlyStartDecision;
import de.foerderfluss.review.ReviewSteps;
import de.foerderfluss.shared.GermanDates;
import de.foerderfluss.shared.Money;
import de.foerderfluss.shared.MoneyFormat;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What the approval notice states beside the amount: purpose, grant period, type and form
 * of financing with the financing plan, the general conditions by the carrier's legal
 * form, the audit rights, duties to report changes, retention of records, earmarking of
 * equipment and the acknowledgement of the Land's funding.
 */
@Component
@EnableConfigurationProperties(GeneralConditionsProperties.class)
class ApprovalTerms {

	private final FinancingProperties financing;

	private final GeneralConditionsProperties conditions;

	private final ReviewSteps review;

	ApprovalTerms(FinancingProperties financing, GeneralConditionsProperties conditions, ReviewSteps review) {
		this.review = review;
		this.financing = financing;
		this.conditions = conditions;
	}

	/** The general conditions that apply to the carrier: ANBest-G for a municipality. */
	GeneralConditionsProperties.Conditions conditionsFor(LegalForm legalForm) {
		return (legalForm == LegalForm.MUNICIPALITY) ? this.conditions.anbestG() : this.conditions.anbestP();
	}

	/**
	 * The parameters for these parts of the forwarding: the approval notice numbers its
	 * general conditions after its five conditions of forwarding, the contract within its
	 * § 5 from one.
	 */
	Map<String, Object> parameters(CaseFacts facts, String authority, Instrument instrument) {
		Application application = facts.application();
		FinancingTerms terms = this.financing.termsFor(facts.module().getCode());
		FinancingPlan plan = application.financingPlan();
		Money granted = application.getApprovedAmount();
		GeneralConditionsProperties.Conditions general = conditionsFor(facts.carrier().getLegalForm());
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("FINANCING_TYPE", terms.type().label());
		parameters.put("FINANCING_FORM", terms.form().genitive());
		parameters.put("FLAT_RATE", application.isFlatRate());
		parameters.put("GRANT_TERMS", grantTerms(facts, terms, plan, granted));
		parameters.put("GENERAL_CONDITIONS", generalConditions(facts, terms, general, authority, instrument));
		parameters.put("GENERAL_CONDITIONS_NAME", general.name());
		return parameters;
	}

	/** Sections 1 to 4: purpose, grant period, type and amount, financing plan. */
	private String grantTerms(CaseFacts facts, FinancingTerms terms, FinancingPlan plan, Money granted) {
		Application application = facts.application();
		StringBuilder text = new StringBuilder();
		heading(text, "1. Zuwendungszweck");
		text.append("Die Zuwendung ist bestimmt für die Maßnahme „")
			.append(styled(application.getTitle()))
			.append("“ in ")
			.append(styled(facts.municipality().getName()))
			.append(" im Programm ")
			.append(styled(facts.programmeName()))
			.append(", ")
			.append(styled(facts.moduleLabel()))
			.append(", wie im Antrag beschrieben: ")
			.append(styled(application.getSummary().strip()))
			.append(" Sie darf nur für diesen Zweck verwendet werden.\n");
		heading(text, "2. Bewilligungszeitraum");
		text.append("Der Bewilligungszeitraum beginnt am ")
			.append(GermanDates.date(application.getStartDate()))
			.append(" und endet am ")
			.append(GermanDates.date(application.getEndDate()))
			.append(". Zuwendungsfähig sind nur Ausgaben, die in diesem Zeitraum für die Maßnahme entstehen.")
			.append(earlyStart(facts))
			.append('\n');
		heading(text, "3. Finanzierungsart, Finanzierungsform und Höhe");
		text.append("Die Zuwendung wird als Projektförderung im Wege der ")
			.append(terms.type().label())
			.append(" in Form ")
			.append(terms.form().genitive())
			.append(" gewährt, ")
			.append(amountClause(terms, plan, granted, application))
			.append('\n');
		heading(text, "4. Finanzierungsplan");
		text.append("Der folgende Finanzierungsplan ist in seinem Gesamtergebnis verbindlich:\n");
		line(text, "Gesamtkosten laut Kostenplan", plan.totalCosts());
		line(text, "Eigenmittel", plan.ownFunds());
		line(text, "Drittmittel", plan.thirdPartyFunds());
		line(text, "Einnahmen", plan.income());
		line(text, "Beantragte Zuwendung", plan.requestedGrant());
		text.append("<style isBold=\"true\">Bewilligte Zuwendung\t")
			.append(MoneyFormat.german(granted))
			.append("</style>");
		return text.toString();
	}

	/**
	 * What the notice says about a start before the approval: the permission given by
	 * letter, or the assessor's ruling on a start without permission.
	 */
	private String earlyStart(CaseFacts facts) {
		Application application = facts.application();
		Optional<EarlyStartDecision> permission = this.review.earlyStartOf(application.getId());
		if (permission.isPresent() && permission.get().isPermitted()) {
			return " Dem vorzeitigen Beginn der Maßnahme wurde mit Schreiben vom "
					+ GermanDates.date(permission.get().getDecidedAt())
					+ " zugestimmt (VV Nr. 1.3 zu § 44 LHO NRW); die Zustimmung hat keinen Anspruch auf die Zuwendung begründet.";
		}
		Optional<Assessment> assessment = facts.assessment();
		if (application.isAlreadyStarted() && assessment.isPresent()
				&& Boolean.TRUE.equals(assessment.get().getEarlyStartAccepted())) {
			return " Die Maßnahme hat nach Ihren Angaben bereits vor der Bewilligung begonnen, ohne dass einem "
					+ "vorzeitigen Beginn zugestimmt worden war (VV Nr. 1.3 zu § 44 LHO NRW). Nach Prüfung steht dies der "
					+ "Förderung ausnahmsweise nicht entgegen: " + styled(assessment.get().getEarlyStartReason());
		}
		return "";
	}

	private static String amountClause(FinancingTerms terms, FinancingPlan plan, Money granted,
			Application application) {
		String amount = MoneyFormat.german(granted);
		if (application.isFlatRate()) {
			return "und zwar als Pauschale (" + styled(application.getEligibilityNote()) + ") in Höhe von " + amount
					+ ". Die Pauschale wird nicht nach den Ausgaben je Kostenposition abgerechnet; sie wird gekürzt, "
					+ "soweit der Zweck nicht erreicht wird oder die zuwendungsfähigen Gesamtausgaben unter die "
					+ "Pauschale sinken.";
		}
		return switch (terms.type()) {
			case SHARE ->
				"und zwar zu " + terms.sharePercent() + " % der zuwendungsfähigen Ausgaben, höchstens " + amount + ".";
			case SHORTFALL -> "und zwar zur Deckung des Fehlbedarfs, der nach Eigenmitteln, Drittmitteln und "
					+ "Einnahmen verbleibt, höchstens " + amount
					+ ". Verringern sich die Ausgaben oder erhöhen sich die Deckungsmittel, verringert sich die "
					+ "Zuwendung um den vollen Betrag.";
			case FIXED_AMOUNT -> "und zwar als Festbetrag von " + amount + ".";
		};
	}

	/** The legal instrument that forwards the grant, as its conditions name it. */
	enum Instrument {

		NOTICE(6, "dieses Bescheides sind, soweit er", "diesem Bescheid", "Ihnen", "Sie haben", "Sie sind",
				"Sie weitere Zuwendungen für denselben Zweck beantragen oder erhalten"),

		CONTRACT(1, "dieses Vertrages sind, soweit er", "diesem Vertrag", "dem Träger", "Der Träger hat",
				"Der Träger ist", "er weitere Zuwendungen für denselben Zweck beantragt oder erhält");

		private final int firstNumber;

		private final String partOf;

		private final String annexedTo;

		private final String toAddressee;

		private final String addresseeHas;

		private final String addresseeIs;

		private final String applies;

		Instrument(int firstNumber, String partOf, String annexedTo, String toAddressee, String addresseeHas,
				String addresseeIs, String applies) {
			this.firstNumber = firstNumber;
			this.partOf = partOf;
			this.annexedTo = annexedTo;
			this.toAddressee = toAddressee;
			this.addresseeHas = addresseeHas;
			this.addresseeIs = addresseeIs;
			this.applies = applies;
		}

	}

	/**
	 * The general conditions, numbered on from where the instrument's own conditions end.
	 */
	private String generalConditions(CaseFacts facts, FinancingTerms terms,
			GeneralConditionsProperties.Conditions general, String authority, Instrument instrument) {
		StringBuilder text = new StringBuilder();
		int next = instrument.firstNumber;
		text.append(next++)
			.append(". Bestandteil ")
			.append(instrument.partOf)
			.append(" nichts anderes bestimmt, in der jeweils geltenden Fassung: ")
			.append(general.title())
			.append('.')
			.append(org.springframework.util.StringUtils.hasText(general.annex())
					? " Sie sind " + instrument.annexedTo + " als Anlage beigefügt."
					: " Sie werden " + instrument.toAddressee + " auf Anforderung übersandt.")
			.append('\n');
		text.append(next++)
			.append(". Prüfungsrechte: Die Bewilligungsbehörde (")
			.append(styled(authority))
			.append("), ")
			.append(styled(this.conditions.supervisoryAuthority()))
			.append(" und der Landesrechnungshof Nordrhein-Westfalen sind berechtigt, die Verwendung der Zuwendung ")
			.append("durch Einsicht in Bücher, Belege und sonstige Unterlagen sowie durch örtliche Erhebungen zu ")
			.append("prüfen oder prüfen zu lassen (§ 91 LHO NRW). ")
			.append(instrument.addresseeHas)
			.append(" die erforderlichen Unterlagen ")
			.append("bereitzuhalten und die notwendigen Auskünfte zu erteilen.\n");
		text.append(next++)
			.append(". Mitteilungspflichten: ")
			.append(instrument.addresseeIs)
			.append(" verpflichtet, unverzüglich anzuzeigen, wenn ")
			.append(instrument.applies)
			.append(", wenn sich die Ausgaben verringern ")
			.append("oder die Deckungsmittel (Eigenmittel, Drittmittel, Einnahmen) erhöhen, wenn sich der ")
			.append("Zuwendungszweck oder andere für die Bewilligung maßgebliche Umstände ändern oder wegfallen, ")
			.append("wenn sich zeigt, dass der Zweck nicht oder mit der bewilligten Zuwendung nicht zu erreichen ist, ")
			.append("wenn ausgezahlte Mittel nicht alsbald verbraucht werden können und wenn beschaffte Gegenstände ")
			.append("nicht mehr zweckentsprechend verwendet werden.\n");
		text.append(next++)
			.append(". Aufbewahrung: Belege, Verträge und alle sonstigen mit der Förderung zusammenhängenden ")
			.append("Unterlagen sind ")
			.append(this.conditions.retentionYears())
			.append(" Jahre nach Vorlage des Verwendungsnachweises aufzubewahren, soweit nicht steuerrechtliche ")
			.append("oder andere Vorschriften eine längere Frist bestimmen.\n");
		if (terms.earmarkingYears() != null) {
			text.append(next++)
				.append(". Zweckbindung: Gegenstände, die mit der Zuwendung erworben oder hergestellt werden, sind für ")
				.append("den Zuwendungszweck zu verwenden und sorgfältig zu behandeln. Sie sind ")
				.append(terms.earmarkingYears())
				.append(" Jahre ab ihrer Anschaffung an den Zweck gebunden und dürfen in dieser Zeit nicht ")
				.append("anderweitig verwendet, veräußert oder überlassen werden; Gegenstände mit einem ")
				.append("Anschaffungswert über 800 € (ohne Umsatzsteuer) sind zu inventarisieren.\n");
		}
		text.append(next)
			.append(". Hinweis auf die Förderung: In Veröffentlichungen, Einladungen und bei Veranstaltungen zur ")
			.append("Maßnahme ist darauf hinzuweisen, dass sie vom Land Nordrhein-Westfalen im Programm ")
			.append(styled(facts.programmeName()))
			.append(" gefördert wird.");
		return text.toString();
	}

	private static void heading(StringBuilder text, String heading) {
		text.append("<style isBold=\"true\">").append(heading).append("</style>\n");
	}

	private static void line(StringBuilder text, String label, Money amount) {
		text.append(label).append('\t').append(MoneyFormat.german(amount)).append('\n');
	}

	/** Text a person typed, safe inside Jasper's styled markup. */
	static String styled(String text) {
		if (text == null) {
			return "";
		}
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
